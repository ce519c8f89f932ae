import { describe, expect, it } from 'vitest';
import { promptAnswerSchema, type PromptRequest } from '../../../electron/contract';
import { cancelAnswerFor, offersRemember, submitAnswerFor } from '../../../renderer/src/prompts/promptAnswers';

const where = { promptId: 'p0123456789abcdef', host: 'lab', port: 22, user: 'dev', attempt: 1 };
const noRemember = { canRemember: false, savedSecretRejected: false };
const requests: PromptRequest[] = [
  { promptId: where.promptId, kind: 'host-key', host: 'lab', port: 22, keyType: 'ssh-ed25519', fingerprintSha256: 'SHA256:abc' },
  { ...where, ...noRemember, kind: 'password' },
  { ...where, ...noRemember, kind: 'passphrase', keyFile: '~/.ssh/id' },
  { ...where, kind: 'keyboard-interactive', name: '', instructions: '', prompts: [{ prompt: 'Code:', echo: true }, { prompt: 'PIN:', echo: false }] },
];
const rememberable: PromptRequest = { ...where, kind: 'password', canRemember: true, savedSecretRejected: false };

describe('prompt answers', () => {
  it('always produce contract-valid answers of the kind the core expects', () => {
    for (const r of [...requests, rememberable]) {
      expect(promptAnswerSchema.safeParse(cancelAnswerFor(r)).success).toBe(true);
      expect(promptAnswerSchema.safeParse(submitAnswerFor(r, ['a', 'b'], 'accept-once', true)).success).toBe(true);
    }
  });

  it('carry the decision, the secret, or one response per prompt', () => {
    expect(submitAnswerFor(requests[0]!, [], 'accept-and-remember')).toEqual({ kind: 'host-key', decision: 'accept-and-remember' });
    expect(cancelAnswerFor(requests[0]!)).toEqual({ kind: 'host-key', decision: 'cancel' });
    expect(submitAnswerFor(requests[1]!, ['hunter2'])).toEqual({ kind: 'secret', value: 'hunter2', remember: false });
    expect(cancelAnswerFor(requests[2]!)).toEqual({ kind: 'secret', value: null, remember: false });
    expect(submitAnswerFor(requests[3]!, ['123456'])).toEqual({ kind: 'keyboard-interactive', responses: ['123456', ''] });
    expect(cancelAnswerFor(requests[3]!)).toEqual({ kind: 'keyboard-interactive', responses: null });
  });

  it('ask to remember only where the question offered it, and never on cancel', () => {
    expect(offersRemember(rememberable)).toBe(true);
    expect(requests.map(offersRemember)).toEqual([false, false, false, false]);
    expect(submitAnswerFor(rememberable, ['hunter2'], 'accept-once', true)).toEqual({ kind: 'secret', value: 'hunter2', remember: true });
    expect(submitAnswerFor(rememberable, ['hunter2'], 'accept-once', false)).toEqual({ kind: 'secret', value: 'hunter2', remember: false });
    // A box ticked on a question that could not remember (browser mode) is not passed on.
    expect(submitAnswerFor(requests[1]!, ['hunter2'], 'accept-once', true)).toEqual({ kind: 'secret', value: 'hunter2', remember: false });
    expect(cancelAnswerFor(rememberable)).toEqual({ kind: 'secret', value: null, remember: false });
  });
});
