import { describe, expect, it } from 'vitest';
import { connectWithBackoff } from '../../../electron/debugger/ssh/connectWithBackoff';
import { SshConnectError } from '../../../electron/debugger/ssh/sshErrors';

describe('connectWithBackoff', () => {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => void sleeps.push(ms);

  it('retries with doubling, capped delays until it succeeds', async () => {
    sleeps.length = 0;
    const seen: number[] = [];
    const result = await connectWithBackoff(
      async (attempt) => {
        if (attempt < 5) throw new SshConnectError('Cannot reach lab01:22: connection refused', 'unreachable');
        return 'connected';
      },
      { attempts: 6, baseDelayMs: 100, maxDelayMs: 300, sleep, onAttempt: (i) => seen.push(i.attempt) },
    );
    expect(result).toBe('connected');
    expect(sleeps).toEqual([100, 200, 300, 300]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops at once on errors a retry cannot fix', async () => {
    let calls = 0;
    await expect(
      connectWithBackoff(
        async () => {
          calls++;
          throw new SshConnectError('Authentication failed for u@lab01:22', 'auth');
        },
        { sleep },
      ),
    ).rejects.toThrow(/Authentication failed/);
    expect(calls).toBe(1);
  });

  it('gives up after the last attempt, naming the last error', async () => {
    await expect(connectWithBackoff(async () => Promise.reject(new Error('refused')), { attempts: 2, sleep })).rejects.toThrow(
      'Could not reconnect after 2 attempts: refused',
    );
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(connectWithBackoff(async () => Promise.reject(new Error('x')), { signal: controller.signal, attempts: 2, baseDelayMs: 1 })).rejects.toThrow(/cancelled/);
  });
});
