// The contract's side of "remember password": the answer's `remember` flag (old
// clients omit it), the questions' offer, the strict answer shapes, `secrets.forget`.
import { describe, expect, it } from 'vitest';
import { eventSchemas, requestSchemas } from '../../../electron/contract';

const answer = requestSchemas['prompt.answer'].params;
const promptId = 'p0123456789abcdef';

describe('prompt.answer with remember', () => {
  it('accepts a secret answer with or without `remember` (default false)', () => {
    expect(answer.parse({ promptId, answer: { kind: 'secret', value: 'pw', remember: true } }).answer).toEqual({ kind: 'secret', value: 'pw', remember: true });
    expect(answer.parse({ promptId, answer: { kind: 'secret', value: 'pw' } }).answer).toEqual({ kind: 'secret', value: 'pw', remember: false });
    expect(answer.parse({ promptId, answer: { kind: 'secret', value: null } }).answer).toEqual({ kind: 'secret', value: null, remember: false });
  });

  it('stays strict: a wrong type or an unknown field is refused', () => {
    expect(answer.safeParse({ promptId, answer: { kind: 'secret', value: 'pw', remember: 'yes' } }).success).toBe(false);
    expect(answer.safeParse({ promptId, answer: { kind: 'secret', value: 'pw', keep: true } }).success).toBe(false);
    expect(answer.safeParse({ promptId, answer: { kind: 'host-key', decision: 'accept-once', remember: true } }).success).toBe(false);
    expect(answer.safeParse({ promptId, answer: { kind: 'keyboard-interactive', responses: ['1'], remember: true } }).success).toBe(false);
  });
});

describe('prompt.request offers', () => {
  const question = { promptId, host: 'lab01', port: 22, user: 'dev', attempt: 1 };
  it('password and passphrase questions carry canRemember and savedSecretRejected (false when absent)', () => {
    const parsed = eventSchemas['prompt.request'].parse({ ...question, kind: 'password' });
    expect(parsed).toMatchObject({ canRemember: false, savedSecretRejected: false });
    const offered = eventSchemas['prompt.request'].parse({ ...question, kind: 'passphrase', keyFile: '/k', canRemember: true, savedSecretRejected: true });
    expect(offered).toMatchObject({ canRemember: true, savedSecretRejected: true });
  });

  it('keyboard-interactive questions carry no offer', () => {
    const parsed = eventSchemas['prompt.request'].parse({ ...question, kind: 'keyboard-interactive', name: '', instructions: '', prompts: [], canRemember: true });
    expect(parsed).not.toHaveProperty('canRemember');
  });
});

describe('secrets.forget', () => {
  const params = requestSchemas['secrets.forget'].params;
  it('names an account or a key file, nothing else', () => {
    expect(params.parse({ kind: 'password', host: 'lab01.corp', port: 22, user: 'dev' })).toEqual({ kind: 'password', host: 'lab01.corp', port: 22, user: 'dev' });
    expect(params.parse({ kind: 'passphrase', keyFile: '~/.ssh/id_ed25519' })).toEqual({ kind: 'passphrase', keyFile: '~/.ssh/id_ed25519' });
    expect(params.safeParse({ kind: 'password', host: 'lab01', port: 22, user: 'dev', password: 'x' }).success).toBe(false);
    expect(params.safeParse({ kind: 'password', host: 'lab 01;rm', port: 22, user: 'dev' }).success).toBe(false);
    expect(params.safeParse({ kind: 'password', host: 'lab01', port: 0, user: 'dev' }).success).toBe(false);
    expect(params.safeParse({ kind: 'passphrase', keyFile: '/k\nx' }).success).toBe(false);
    expect(params.safeParse({ kind: 'passphrase', keyFile: '' }).success).toBe(false);
  });

  it('answers how many were removed (0 or 1)', () => {
    const result = requestSchemas['secrets.forget'].result;
    expect(result.parse({ removed: 1 })).toEqual({ removed: 1 });
    expect(result.safeParse({ removed: 2 }).success).toBe(false);
  });
});
