// Retries a connection with exponential backoff. Used when a link drops: the
// caller re-creates the transport and session each attempt. Errors that a
// retry cannot fix (authentication, host key, cancelled) end it at once.

export interface BackoffOptions {
  /** Total attempts including the first (default 5). */
  attempts?: number;
  /** Delay before the 2nd attempt; doubles each time (default 1000 ms). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called before each attempt; delayMs is the wait that preceded it (0 for the first). */
  onAttempt?(info: { attempt: number; attempts: number; delayMs: number; lastError: Error | null }): void;
  /** Default: retry unless the error says `retryable === false`. */
  shouldRetry?(err: Error): boolean;
  signal?: AbortSignal;
  /** Injectable for tests. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

function defaultShouldRetry(err: Error): boolean {
  return (err as { retryable?: boolean }).retryable !== false;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('Reconnect cancelled.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('Reconnect cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function connectWithBackoff<T>(factory: (attempt: number) => Promise<T>, options: BackoffOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? abortableSleep;
  const shouldRetry = options.shouldRetry ?? defaultShouldRetry;
  let lastError: Error | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const delayMs = attempt === 1 ? 0 : Math.min(max, base * 2 ** (attempt - 2));
    if (delayMs > 0) await sleep(delayMs, options.signal);
    if (options.signal?.aborted) throw new Error('Reconnect cancelled.');
    options.onAttempt?.({ attempt, attempts, delayMs, lastError });
    try {
      return await factory(attempt);
    } catch (err) {
      lastError = err instanceof Error ? err : new Error(String(err));
      if (!shouldRetry(lastError)) throw lastError;
    }
  }
  throw new Error(`Could not reconnect after ${attempts} attempts: ${lastError?.message ?? 'unknown error'}`, { cause: lastError });
}
