// The connection form's editable values and their conversion into the
// contract's TargetSpec and ConnectionProfile. Preset rules are checked by the
// core (`local.buildArgv`); the form itself only checks what it must to build
// a request (SSH host/port/user shape). Problems are keys, phrased by the UI.
import { sshTargetSchema, type ConnectionProfile } from '../../../electron/contract';
import { draftFromPreset, emptyPresetDraft, isPresetDraft, presetFromDraft, type PresetDraft } from './presetDraft';

export const targetKinds = ['demo', 'local', 'ssh'] as const;
export type TargetKind = (typeof targetKinds)[number];

export const sshAuthMethods = ['agent', 'key', 'password', 'keyboard-interactive'] as const;
export type SshAuthMethod = (typeof sshAuthMethods)[number];

export interface TargetDraft {
  kind: TargetKind;
  scenario: string;
  local: PresetDraft;
  sshHost: string;
  sshPort: string;
  sshUser: string;
  sshAuth: SshAuthMethod;
  sshIdentityFile: string;
  remote: PresetDraft;
}

export const defaultScenario = 'mydriver-x86';

export const emptyTargetDraft: TargetDraft = {
  kind: 'demo',
  scenario: defaultScenario,
  local: emptyPresetDraft,
  sshHost: '',
  sshPort: '22',
  sshUser: '',
  sshAuth: 'agent',
  sshIdentityFile: '',
  remote: { ...emptyPresetDraft, kind: 'custom' },
};

export type SshProblem = 'hostInvalid' | 'portInvalid' | 'userInvalid' | 'identityFileMissing';

export type SshFields = { host: string; port: number; user: string; auth: Extract<ConnectionProfile, { kind: 'ssh' }>['auth'] };

/** The SSH connection fields, or what is wrong with them. */
export function sshFieldsFromDraft(draft: TargetDraft): { ok: true; fields: SshFields } | { ok: false; problem: SshProblem } {
  const port = Number(draft.sshPort.trim() || '22');
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, problem: 'portInvalid' };
  const host = draft.sshHost.trim();
  if (!sshTargetSchema.shape.host.safeParse(host).success) return { ok: false, problem: 'hostInvalid' };
  const user = draft.sshUser.trim();
  if (!sshTargetSchema.shape.user.safeParse(user).success) return { ok: false, problem: 'userInvalid' };
  const identityFile = draft.sshIdentityFile.trim();
  if (draft.sshAuth === 'key' && !identityFile) return { ok: false, problem: 'identityFileMissing' };
  const auth = draft.sshAuth === 'key' ? { method: 'key' as const, identityFile } : { method: draft.sshAuth };
  return { ok: true, fields: { host, port, user, auth } };
}

/** The draft as a profile (no secret can be part of one: the form has no password field). */
export function profileFromDraft(draft: TargetDraft, id: string, name: string): ConnectionProfile | { problem: SshProblem } {
  switch (draft.kind) {
    case 'demo':
      return { kind: 'demo', id, name, scenario: draft.scenario };
    case 'local':
      return { kind: 'local', id, name, preset: presetFromDraft(draft.local) };
    case 'ssh': {
      const ssh = sshFieldsFromDraft(draft);
      if (!ssh.ok) return { problem: ssh.problem };
      return { kind: 'ssh', id, name, ...ssh.fields, remote: presetFromDraft(draft.remote) };
    }
  }
}

export function draftFromProfile(profile: ConnectionProfile, base: TargetDraft): TargetDraft {
  switch (profile.kind) {
    case 'demo':
      return { ...base, kind: 'demo', scenario: profile.scenario };
    case 'local':
      return { ...base, kind: 'local', local: draftFromPreset(profile.preset) };
    case 'ssh':
      return {
        ...base,
        kind: 'ssh',
        sshHost: profile.host,
        sshPort: String(profile.port),
        sshUser: profile.user,
        sshAuth: profile.auth.method,
        sshIdentityFile: profile.auth.method === 'key' ? profile.auth.identityFile : '',
        remote: draftFromPreset(profile.remote),
      };
  }
}

/**
 * Accepts a stored draft only if every field has the right type (storage is
 * untrusted). A draft from the first version (one command line per kind) is
 * carried over as "command line" presets.
 */
export function restoreTargetDraft(value: unknown): TargetDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (k: string) => (typeof v[k] === 'string' && (v[k] as string).length <= 8192 ? (v[k] as string) : null);
  if (!targetKinds.includes(v.kind as TargetKind) || !sshAuthMethods.includes(v.sshAuth as SshAuthMethod)) return null;
  const strings = ['scenario', 'sshHost', 'sshPort', 'sshUser', 'sshIdentityFile'].map(text);
  if (strings.some((s) => s === null)) return null;
  const [scenario, sshHost, sshPort, sshUser, sshIdentityFile] = strings as string[];
  const legacy = (k: string): PresetDraft | null => (text(k) === null ? null : { ...emptyPresetDraft, kind: 'custom', commandLine: text(k)! });
  const local = isPresetDraft(v.local) ? v.local : legacy('localCommandLine');
  const remote = isPresetDraft(v.remote) ? v.remote : legacy('sshRemoteCommandLine');
  if (!local || !remote) return null;
  return { kind: v.kind as TargetKind, scenario: scenario!, sshHost: sshHost!, sshPort: sshPort!, sshUser: sshUser!, sshAuth: v.sshAuth as SshAuthMethod, sshIdentityFile: sshIdentityFile!, local, remote };
}
