import { describe, expect, it } from 'vitest';
import { promptAnswerSchema, type PromptRequest } from '../../../electron/contract';
import { cancelAnswerFor, submitAnswerFor } from '../../../renderer/src/prompts/promptAnswers';

const where = { promptId: 'p0123456789abcdef', host: 'lab', port: 22, user: 'dev', attempt: 1 };
const requests: PromptRequest[] = [
  { promptId: where.promptId, kind: 'host-key', host: 'lab', port: 22, keyType: 'ssh-ed25519', fingerprintSha256: 'SHA256:abc' },
  { ...where, kind: 'password' },
  { ...where, kind: 'passphrase', keyFile: '~/.ssh/id' },
  { ...where, kind: 'keyboard-interactive', name: '', instructions: '', prompts: [{ prompt: 'Code:', echo: true }, { prompt: 'PIN:', echo: false }] },
];

describe('prompt answers', () => {
  it('always produce contract-valid answers of the kind the core expects', () => {
    for (const r of requests) {
      expect(promptAnswerSchema.safeParse(cancelAnswerFor(r)).success).toBe(true);
      expect(promptAnswerSchema.safeParse(submitAnswerFor(r, ['a', 'b'])).success).toBe(true);
    }
  });

  it('carry the decision, the secret, or one response per prompt', () => {
    expect(submitAnswerFor(requests[0]!, [], 'accept-and-remember')).toEqual({ kind: 'host-key', decision: 'accept-and-remember' });
    expect(cancelAnswerFor(requests[0]!)).toEqual({ kind: 'host-key', decision: 'cancel' });
    expect(submitAnswerFor(requests[1]!, ['hunter2'])).toEqual({ kind: 'secret', value: 'hunter2' });
    expect(cancelAnswerFor(requests[2]!)).toEqual({ kind: 'secret', value: null });
    expect(submitAnswerFor(requests[3]!, ['123456'])).toEqual({ kind: 'keyboard-interactive', responses: ['123456', ''] });
    expect(cancelAnswerFor(requests[3]!)).toEqual({ kind: 'keyboard-interactive', responses: null });
  });
});
