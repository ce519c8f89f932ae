// Delay before the n-th reconnection attempt: exponential with full jitter, capped,
// so a restarted core is found quickly without a tight loop while it is down.
export function reconnectDelayMs(attempt: number, random: () => number = Math.random, baseMs = 250, capMs = 10_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 20)));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
