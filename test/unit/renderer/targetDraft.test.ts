import { describe, expect, it } from 'vitest';
import { targetSpecSchema } from '../../../electron/contract';
import { emptyTargetDraft, isTargetDraft, targetFromDraft, type TargetDraft } from '../../../renderer/src/workflow/targetDraft';

const draft = (patch: Partial<TargetDraft>): TargetDraft => ({ ...emptyTargetDraft, ...patch });

describe('targetFromDraft', () => {
  it('builds a demo target', () => {
    expect(targetFromDraft(draft({ scenario: 'mydriver-x86' }))).toEqual({ ok: true, target: { kind: 'demo', scenario: 'mydriver-x86' } });
    expect(targetFromDraft(draft({ scenario: '' }))).toEqual({ ok: false, problem: 'noScenario' });
  });

  it('splits a local command line into argv', () => {
    const built = targetFromDraft(draft({ kind: 'local', localCommandLine: '"C:\\Program Files\\kd.exe" -z "C:\\my dumps\\MEMORY.DMP"' }));
    expect(built).toEqual({ ok: true, target: { kind: 'local', argv: ['C:\\Program Files\\kd.exe', '-z', 'C:\\my dumps\\MEMORY.DMP'] } });
    expect(targetFromDraft(draft({ kind: 'local', localCommandLine: '  ' }))).toEqual({ ok: false, problem: 'commandLineEmpty' });
    expect(targetFromDraft(draft({ kind: 'local', localCommandLine: 'kd -z "C:\\x' }))).toEqual({ ok: false, problem: 'unterminatedQuote' });
  });

  it('reports an empty argument instead of silently shifting the others', () => {
    expect(targetFromDraft(draft({ kind: 'local', localCommandLine: 'cdb -c "" -z a.dmp' }))).toEqual({ ok: false, problem: 'emptyArgument' });
  });

  it('builds an SSH target the contract accepts, and names what is wrong otherwise', () => {
    const ok = targetFromDraft(
      draft({ kind: 'ssh', sshHost: 'lab-01', sshPort: '2222', sshUser: 'dev', sshAuth: 'key', sshIdentityFile: '~/.ssh/id', sshRemoteCommandLine: 'kd -kl' }),
    );
    expect(ok).toEqual({
      ok: true,
      target: { kind: 'ssh', host: 'lab-01', port: 2222, user: 'dev', remoteArgv: ['kd', '-kl'], auth: { method: 'key', identityFile: '~/.ssh/id' } },
    });
    if (ok.ok) expect(targetSpecSchema.safeParse(ok.target).success).toBe(true);
    const base = { kind: 'ssh' as const, sshHost: 'lab', sshUser: 'dev', sshRemoteCommandLine: 'kd -kl' };
    expect(targetFromDraft(draft({ ...base, sshPort: '70000' }))).toEqual({ ok: false, problem: 'portInvalid' });
    expect(targetFromDraft(draft({ ...base, sshHost: 'lab;rm' }))).toEqual({ ok: false, problem: 'hostInvalid' });
    expect(targetFromDraft(draft({ ...base, sshUser: '' }))).toEqual({ ok: false, problem: 'userInvalid' });
    expect(targetFromDraft(draft({ ...base, sshAuth: 'key' }))).toEqual({ ok: false, problem: 'identityFileMissing' });
    expect(targetFromDraft(draft({ ...base, sshRemoteCommandLine: '' }))).toEqual({ ok: false, problem: 'commandLineEmpty' });
  });
});

describe('isTargetDraft', () => {
  it('accepts only well-typed stored drafts', () => {
    expect(isTargetDraft(emptyTargetDraft)).toBe(true);
    expect(isTargetDraft({ ...emptyTargetDraft, kind: 'telnet' })).toBe(false);
    expect(isTargetDraft({ ...emptyTargetDraft, sshPort: 22 })).toBe(false);
    expect(isTargetDraft(null)).toBe(false);
  });
});
