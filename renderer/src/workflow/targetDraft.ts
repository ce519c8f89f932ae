// The connection form's editable values and their conversion into the
// contract's TargetSpec. Problems are returned as keys so the UI can phrase
// them in the user's language; the core validates again on its side.
import { sshTargetSchema, type TargetSpec } from '../../../electron/contract';
import { splitWindowsCommandLine } from './windowsCommandLine';

export const targetKinds = ['demo', 'local', 'ssh'] as const;
export type TargetKind = (typeof targetKinds)[number];

export const sshAuthMethods = ['agent', 'key', 'password', 'keyboard-interactive'] as const;
export type SshAuthMethod = (typeof sshAuthMethods)[number];

export interface TargetDraft {
  kind: TargetKind;
  scenario: string;
  localCommandLine: string;
  sshHost: string;
  sshPort: string;
  sshUser: string;
  sshAuth: SshAuthMethod;
  sshIdentityFile: string;
  sshRemoteCommandLine: string;
}

export const defaultScenario = 'mydriver-x86';

export const emptyTargetDraft: TargetDraft = {
  kind: 'demo',
  scenario: defaultScenario,
  localCommandLine: '',
  sshHost: '',
  sshPort: '22',
  sshUser: '',
  sshAuth: 'agent',
  sshIdentityFile: '',
  sshRemoteCommandLine: '',
};

export type TargetProblem =
  | 'noScenario'
  | 'commandLineEmpty'
  | 'unterminatedQuote'
  | 'emptyArgument'
  | 'hostInvalid'
  | 'portInvalid'
  | 'userInvalid'
  | 'identityFileMissing';

export type TargetFromDraft = { ok: true; target: TargetSpec } | { ok: false; problem: TargetProblem };

export function targetFromDraft(draft: TargetDraft): TargetFromDraft {
  switch (draft.kind) {
    case 'demo':
      return draft.scenario ? { ok: true, target: { kind: 'demo', scenario: draft.scenario } } : { ok: false, problem: 'noScenario' };
    case 'local': {
      const argv = argvFrom(draft.localCommandLine);
      return Array.isArray(argv) ? { ok: true, target: { kind: 'local', argv } } : { ok: false, problem: argv.problem };
    }
    case 'ssh': {
      const port = Number(draft.sshPort.trim() || '22');
      if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, problem: 'portInvalid' };
      const host = draft.sshHost.trim();
      if (!sshTargetSchema.shape.host.safeParse(host).success) return { ok: false, problem: 'hostInvalid' };
      const user = draft.sshUser.trim();
      if (!sshTargetSchema.shape.user.safeParse(user).success) return { ok: false, problem: 'userInvalid' };
      const remoteArgv = argvFrom(draft.sshRemoteCommandLine);
      if (!Array.isArray(remoteArgv)) return { ok: false, problem: remoteArgv.problem };
      const identityFile = draft.sshIdentityFile.trim();
      if (draft.sshAuth === 'key' && !identityFile) return { ok: false, problem: 'identityFileMissing' };
      const auth = draft.sshAuth === 'key' ? { method: 'key' as const, identityFile } : { method: draft.sshAuth };
      return {
        ok: true,
        target: { kind: 'ssh', host, port, user, remoteArgv, auth },
      };
    }
  }
}

/**
 * argv for the contract, which has no empty arguments: an empty `""` is reported
 * rather than dropped, because dropping it would shift the meaning of the rest.
 */
function argvFrom(commandLine: string): string[] | { problem: TargetProblem } {
  const { argv, unterminatedQuote } = splitWindowsCommandLine(commandLine);
  if (unterminatedQuote) return { problem: 'unterminatedQuote' };
  if (argv.length === 0 || argv[0] === '') return { problem: 'commandLineEmpty' };
  if (argv.includes('')) return { problem: 'emptyArgument' };
  return argv;
}

/** Accepts a stored draft only if every field has the right type (storage is untrusted). */
export function isTargetDraft(value: unknown): value is TargetDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings: Array<keyof TargetDraft> = ['scenario', 'localCommandLine', 'sshHost', 'sshPort', 'sshUser', 'sshIdentityFile', 'sshRemoteCommandLine'];
  return (
    targetKinds.includes(v.kind as TargetKind) &&
    sshAuthMethods.includes(v.sshAuth as SshAuthMethod) &&
    strings.every((k) => typeof v[k] === 'string' && (v[k] as string).length <= 8192)
  );
}
