// `poolsleuth serve`'s command line, checked here: the port, whether to open a browser,
// and how long a Break may take before the UI says the debugger did not stop.
import { parseArgs } from 'node:util';

export const serveUsage = 'usage: poolsleuth serve [--port N] [--no-open] [--break-timeout SECONDS]';

export interface ServeArguments {
  port: number;
  open: boolean;
  /** null: the core's default (20 s). */
  breakTimeoutMs: number | null;
}

/** Seconds a Break may take: short enough to test, long enough for any real kd over a slow link. */
export const breakTimeoutSecondsRange = { min: 1, max: 600 } as const;

/** The arguments, or the message to print before the usage (exit 2). */
export function parseServeArguments(args: string[]): ServeArguments | { error: string } {
  let values: { port?: string; 'no-open'?: boolean; 'break-timeout'?: string };
  try {
    ({ values } = parseArgs({ args, options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, 'break-timeout': { type: 'string' } }, strict: true }));
  } catch (err) {
    return { error: (err as Error).message };
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port < 0 || port > 65535) {
    return { error: `--port must be a number from 0 to 65535, not '${values.port}'` };
  }
  let breakTimeoutMs: number | null = null;
  const timeout = values['break-timeout'];
  if (timeout !== undefined) {
    const seconds = Number(timeout);
    const { min, max } = breakTimeoutSecondsRange;
    if (!/^\d+(\.\d+)?$/.test(timeout) || !(seconds >= min && seconds <= max)) {
      return { error: `--break-timeout must be a number of seconds from ${min} to ${max}, not '${timeout}'` };
    }
    breakTimeoutMs = Math.round(seconds * 1000);
  }
  return { port, open: !values['no-open'], breakTimeoutMs };
}
