// Which remembered secret "Forget saved password/passphrase" means for the SSH
// fields being edited, and the words that name it in the result message.
import type { ForgetSecretParams } from '../../../electron/contract';
import { sshFieldsFromDraft, type TargetDraft } from '../workflow/targetDraft';

/** null when the fields needed are missing or invalid (keyboard-interactive and agent keep nothing). */
export function forgetSecretRequestFor(draft: TargetDraft): { params: ForgetSecretParams; subject: string } | null {
  if (draft.sshAuth === 'key') {
    const keyFile = draft.sshIdentityFile.trim();
    return keyFile ? { params: { kind: 'passphrase', keyFile }, subject: keyFile } : null;
  }
  if (draft.sshAuth !== 'password') return null;
  const ssh = sshFieldsFromDraft(draft);
  if (!ssh.ok) return null;
  const { host, port, user } = ssh.fields;
  return { params: { kind: 'password', host, port, user }, subject: `${user}@${host}:${port}` };
}
