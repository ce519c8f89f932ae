import { describe, expect, it } from 'vitest';
import { forgetSecretParamsSchema } from '../../../electron/contract';
import { forgetSecretRequestFor } from '../../../renderer/src/prompts/forgetSecretRequest';
import { emptyTargetDraft, type TargetDraft } from '../../../renderer/src/workflow/targetDraft';

const ssh: TargetDraft = { ...emptyTargetDraft, kind: 'ssh', sshHost: ' lab01 ', sshPort: '2222', sshUser: 'dev', sshAuth: 'password' };

describe('forget saved secret: what the SSH fields name', () => {
  it('the account for password logins, the key file for key logins (contract-valid params)', () => {
    const password = forgetSecretRequestFor(ssh);
    expect(password).toEqual({ params: { kind: 'password', host: 'lab01', port: 2222, user: 'dev' }, subject: 'dev@lab01:2222' });
    const key = forgetSecretRequestFor({ ...ssh, sshAuth: 'key', sshIdentityFile: ' ~/.ssh/id_ed25519 ' });
    expect(key).toEqual({ params: { kind: 'passphrase', keyFile: '~/.ssh/id_ed25519' }, subject: '~/.ssh/id_ed25519' });
    for (const request of [password, key]) expect(forgetSecretParamsSchema.safeParse(request!.params).success).toBe(true);
  });

  it('nothing for incomplete fields or methods that keep no secret', () => {
    expect(forgetSecretRequestFor({ ...ssh, sshHost: '' })).toBeNull();
    expect(forgetSecretRequestFor({ ...ssh, sshUser: 'bad user' })).toBeNull();
    expect(forgetSecretRequestFor({ ...ssh, sshAuth: 'key', sshIdentityFile: '  ' })).toBeNull();
    expect(forgetSecretRequestFor({ ...ssh, sshAuth: 'keyboard-interactive' })).toBeNull();
    expect(forgetSecretRequestFor({ ...ssh, sshAuth: 'agent' })).toBeNull();
  });
});
