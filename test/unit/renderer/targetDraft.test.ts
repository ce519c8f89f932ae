import { describe, expect, it } from 'vitest';
import { connectionProfileSchema, localPresetSchema, targetSpecSchema } from '../../../electron/contract';
import { draftFromPreset, emptyPresetDraft, presetFromDraft, type PresetDraft } from '../../../renderer/src/workflow/presetDraft';
import { draftFromProfile, emptyTargetDraft, profileFromDraft, restoreTargetDraft, sshFieldsFromDraft, type TargetDraft } from '../../../renderer/src/workflow/targetDraft';
import { findSourceLocations } from '../../../renderer/src/console/sourceLocationLinks';

const draft = (patch: Partial<TargetDraft>): TargetDraft => ({ ...emptyTargetDraft, ...patch });
const preset = (patch: Partial<PresetDraft>): PresetDraft => ({ ...emptyPresetDraft, ...patch });

describe('presetFromDraft', () => {
  it('turns every preset kind into a contract preset and back', () => {
    const drafts: PresetDraft[] = [
      preset({ kind: 'dump', dumpPath: ' C:\\dumps\\MEMORY.DMP ', symbolPath: 'srv*C:\\sym' }),
      preset({ kind: 'kdnet', kdnetPort: '50001', kdnetKey: '1.2.3.4', kdnetTarget: '10.0.0.2' }),
      preset({ kind: 'serial', comPort: 'COM2', baud: '57600' }),
      preset({ kind: 'pipe', pipeName: 'com_1', pipeReconnect: false }),
      preset({ kind: 'local-kernel', sourcePath: 'C:\\src' }),
      preset({ kind: 'remote-server', server: 'lab01', serverPort: '5005' }),
      preset({ kind: 'custom', commandLine: 'kd -kl' }),
    ];
    for (const d of drafts) {
      const p = presetFromDraft(d);
      expect(localPresetSchema.safeParse(p).success, d.kind).toBe(true);
      expect(presetFromDraft(draftFromPreset(p))).toEqual(p);
    }
    expect(presetFromDraft(drafts[0]!)).toEqual({ kind: 'dump', executable: 'kd.exe', symbolPath: 'srv*C:\\sym', sourcePath: undefined, dumpPath: 'C:\\dumps\\MEMORY.DMP' });
  });

  it('sends a port that is not a number as 0, so the core names the port field', () => {
    expect(presetFromDraft(preset({ kind: 'kdnet', kdnetPort: 'abc', kdnetKey: 'k' }))).toMatchObject({ port: 0 });
  });
});

describe('SSH fields and profiles', () => {
  it('builds SSH fields the contract accepts, and names what is wrong otherwise', () => {
    const ok = sshFieldsFromDraft(draft({ kind: 'ssh', sshHost: 'lab-01', sshPort: '2222', sshUser: 'dev', sshAuth: 'key', sshIdentityFile: '~/.ssh/id' }));
    expect(ok).toEqual({ ok: true, fields: { host: 'lab-01', port: 2222, user: 'dev', auth: { method: 'key', identityFile: '~/.ssh/id' } } });
    if (ok.ok) expect(targetSpecSchema.safeParse({ kind: 'ssh', ...ok.fields, remoteArgv: ['kd', '-kl'] }).success).toBe(true);
    const base = { kind: 'ssh' as const, sshHost: 'lab', sshUser: 'dev' };
    expect(sshFieldsFromDraft(draft({ ...base, sshPort: '70000' }))).toEqual({ ok: false, problem: 'portInvalid' });
    expect(sshFieldsFromDraft(draft({ ...base, sshHost: 'lab;rm' }))).toEqual({ ok: false, problem: 'hostInvalid' });
    expect(sshFieldsFromDraft(draft({ ...base, sshUser: '' }))).toEqual({ ok: false, problem: 'userInvalid' });
    expect(sshFieldsFromDraft(draft({ ...base, sshAuth: 'key' }))).toEqual({ ok: false, problem: 'identityFileMissing' });
  });

  it('round-trips a draft through a profile with no secret field', () => {
    const ssh = draft({ kind: 'ssh', sshHost: 'lab01', sshUser: 'dev', sshAuth: 'password', remote: preset({ kind: 'dump', dumpPath: 'D:\\x.dmp' }) });
    const profile = profileFromDraft(ssh, 'p1', 'Lab');
    expect(connectionProfileSchema.safeParse(profile).success).toBe(true);
    expect(JSON.stringify(profile)).not.toMatch(/password"\s*:\s*"/);
    if (!('problem' in profile)) expect(draftFromProfile(profile, emptyTargetDraft)).toEqual({ ...ssh, sshPort: '22' });
  });
});

describe('restoreTargetDraft', () => {
  it('accepts only well-typed stored drafts', () => {
    expect(restoreTargetDraft(emptyTargetDraft)).toEqual(emptyTargetDraft);
    expect(restoreTargetDraft({ ...emptyTargetDraft, kind: 'telnet' })).toBeNull();
    expect(restoreTargetDraft({ ...emptyTargetDraft, sshPort: 22 })).toBeNull();
    expect(restoreTargetDraft({ ...emptyTargetDraft, local: { ...emptyPresetDraft, kind: 'evil' } })).toBeNull();
    expect(restoreTargetDraft(null)).toBeNull();
  });

  it('carries a first-version draft (one command line per kind) over as command-line presets', () => {
    const legacy = { kind: 'local', scenario: 'mydriver-x86', localCommandLine: 'kd -kl', sshHost: '', sshPort: '22', sshUser: '', sshAuth: 'agent', sshIdentityFile: '', sshRemoteCommandLine: 'kd -z a.dmp' };
    const restored = restoreTargetDraft(legacy);
    expect(restored?.local).toMatchObject({ kind: 'custom', commandLine: 'kd -kl' });
    expect(restored?.remote).toMatchObject({ kind: 'custom', commandLine: 'kd -z a.dmp' });
  });
});

describe('source locations in console text', () => {
  it('finds ln and stack-frame locations', () => {
    expect(findSourceLocations('d:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)+0x15')).toEqual([
      { start: 0, end: 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)'.length, file: 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c', line: 50 },
    ]);
    const frame = '8d4f3b40 9a3bf6ac MyDriver!DeviceControlDispatch+0x4c [d:\\src\\drv\\io.c @ 72]';
    expect(findSourceLocations(frame)).toEqual([{ start: frame.indexOf('d:'), end: frame.length - 1, file: 'd:\\src\\drv\\io.c', line: 72 }]);
    expect(findSourceLocations('kd> !verifier 3 MyDriver.sys')).toEqual([]);
  });
});

describe('WebGL renderer choice', () => {
  it('uses WebGL only on a hardware renderer', async () => {
    const { hasHardwareWebgl } = await import('../../../renderer/src/console/webglSupport');
    expect(hasHardwareWebgl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
    expect(hasHardwareWebgl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(false);
    expect(hasHardwareWebgl('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(hasHardwareWebgl(null)).toBe(false);
  });
});
