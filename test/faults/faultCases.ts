// The rows of the fault matrix: a kdsim fault (or a link fault over sshd), what the run
// does after the `.echo before-fault` that must survive, the true end state, and the
// session limits for the row. Limits are short where a timeout is the thing under test
// (hang, closed output, stalled link, a Break that never arrives) and generous elsewhere,
// so a loaded machine slows a row down without changing its end.
import type { SessionState } from '../../electron/contract';
import type { DebuggerSession, SessionOptions } from '../../electron/debugger/debuggerSession';
import { ReadBackpressure } from '../../electron/debugger/readBackpressure';
import { cutConnection, stallConnection } from './sshConnectionProcesses';

export type Via = 'pipe' | 'ssh';

export interface RunContext {
  via: Via;
  /** The debugger's pid (over sshd: on the test server, this machine). */
  debuggerPid(): number | null;
  /** Console text so far (the flood row keeps only a bounded head and tail). */
  consoleText(): string;
  consoleChars(): number;
  /** Called on each stall/cut so the run's cleanup can thaw or end it. */
  onCleanup(cleanup: () => void): void;
  /** Extra facts for the row's note column. */
  note(text: string): void;
  backpressure: ReadBackpressure | null;
  /** The flood row: the most console text that ever waited for the lagging reader. */
  maxPendingChars(): number;
}

/** Polls until `pid` is gone (process.kill(pid, 0) fails): bounded by `limitMs`, not a timing assertion. */
async function processGone(pid: number, limitMs: number): Promise<boolean> {
  const gone = () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH';
    }
  };
  return until(gone, limitMs);
}

export interface FaultCase {
  name: string;
  /** What kd/the link does in reality, for docs/reliability.md. */
  models: string;
  scenario?: string;
  args: string[];
  encoding?: 'cp936';
  vias: Via[];
  expected: SessionState['state'][];
  limits: SessionOptions;
  /** Link-fault rows: SSH keepalives every 1 s, 2 missed = link lost (else the 5 s × 3 default). */
  quickKeepalive?: boolean;
  /** The flood row: console text is consumed by a lagging reader behind ReadBackpressure. */
  laggingConsole?: boolean;
  drive(session: DebuggerSession, ctx: RunContext): Promise<void>;
}

/** Limits for rows where no timeout should fire: a loaded machine only makes them slower. */
const relaxed: SessionOptions = { hangTimeoutMs: 20_000, commandTimeoutMs: 20_000, startupTimeoutMs: 30_000, breakTimeoutMs: 4000, breakResendMs: 300 };
/** Rows that end by a timeout: declared hung after 1 s of silence, 1.5 s for the break. */
const short: SessionOptions = { ...relaxed, hangTimeoutMs: 1000, commandTimeoutMs: 1000, breakTimeoutMs: 1500 };

/** A run's deadline: settled later than this counts as a hang beyond the timeout. */
export function deadlineMsFor(c: FaultCase): number {
  const l = { ...relaxed, ...c.limits };
  return l.startupTimeoutMs! + Math.max(l.hangTimeoutMs!, l.commandTimeoutMs!) + 2 * l.breakTimeoutMs! + 5000;
}

const ignore = (p: Promise<unknown>): Promise<void> => p.then(
  () => undefined,
  () => undefined,
);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(test: () => boolean, limitMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < limitMs; await sleep(20)) if (test()) return true;
  return test();
}

function pidOf(ctx: RunContext): number {
  const pid = ctx.debuggerPid();
  if (pid === null) throw new Error('the remote debugger pid is not known');
  return pid;
}

/** Flood lines are numbered from 1: any gap means text was lost between kdsim and the console. */
function floodGap(text: string): string | null {
  const numbers = [...text.matchAll(/kdsim flood (\d+): /g)].map((m) => Number(m[1]));
  if (numbers[0] !== 1) return `first flood line ${numbers[0] ?? 'missing'}`;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] !== numbers[i - 1]! + 1) return `flood line ${numbers[i - 1]! + 1} missing`;
  return null;
}

const floodBytesBeforeBreak = 3 * 1024 * 1024;

export const faultCases: FaultCase[] = [
  {
    name: 'none',
    models: 'a healthy debugger',
    args: [],
    vias: ['pipe', 'ssh'],
    expected: ['ready'],
    limits: relaxed,
    drive: async (s) => void (await s.execute('!verifier 3 MyDriver.sys')),
  },
  {
    name: 'exits mid-output',
    models: 'kd crashes or is killed while printing',
    args: ['--fault', 'exit-mid-output=300'],
    vias: ['pipe', 'ssh'],
    expected: ['failed'],
    limits: relaxed,
    drive: (s) => ignore(s.execute('!analyze -v')),
  },
  {
    name: 'hangs',
    models: 'kd stops printing and answers nothing, not even Ctrl+C',
    args: ['--fault', 'hang=3'],
    vias: ['pipe', 'ssh'],
    expected: ['failed'],
    limits: short,
    drive: async (s) => void (await Promise.allSettled([s.execute('!analyze -v'), s.execute('.echo queued')])),
  },
  {
    name: 'closes its output, keeps running',
    models: 'kd closes stdout/stderr but lives on, deaf',
    args: ['--fault', 'close-output=3'],
    vias: ['pipe', 'ssh'],
    expected: ['failed'],
    limits: short,
    drive: async (s) => void (await Promise.allSettled([s.execute('lm'), s.execute('.echo queued')])),
  },
  {
    name: 'floods (prints without end; Break stops it)',
    models: "a debugger printing without end (cdb -server's 32,089 'Could not write to pipe' lines); the console lags behind and reading pauses",
    args: ['--fault', 'flood=3'],
    vias: ['pipe', 'ssh'],
    expected: ['ready'],
    limits: { ...relaxed, outputMemoryCapChars: 1024 * 1024 },
    laggingConsole: true,
    drive: async (s, ctx) => {
      const flooding = ignore(s.execute('lm'));
      if (!(await until(() => ctx.consoleChars() >= floodBytesBeforeBreak, 30_000))) throw new Error(`flood: only ${ctx.consoleChars()} characters in 30 s`);
      await s.interrupt();
      await flooding;
      const after = await s.execute('.echo after-flood');
      if (after.output.trim() !== 'after-flood') throw new Error(`after the flood: ${JSON.stringify(after.output.slice(0, 80))}`);
      const gap = floodGap(ctx.consoleText());
      if (gap) throw new Error(`flood text lost: ${gap}`);
      // Reading really paused: the session counted the pauses, and what waited for the reader
      // stayed near the high-water mark (1 M) instead of growing with the flood.
      const pauses = s.readingPauseCount;
      if (pauses === 0 || pauses !== ctx.backpressure?.pauseCount) throw new Error(`reading paused ${pauses}× by the session, ${ctx.backpressure?.pauseCount}× by the backpressure`);
      if (ctx.maxPendingChars() > 4 * 1024 * 1024) throw new Error(`${ctx.maxPendingChars()} characters waited for the console: reading did not stop`);
      ctx.note(`${Math.round(ctx.consoleChars() / 1e6)} M chars, reading paused ${pauses}×, at most ${(ctx.maxPendingChars() / 1048576).toFixed(1)} M waiting, no line missing`);
    },
  },
  {
    name: 'slow output (byte by byte)',
    models: 'a slow serial/KDNET link: one byte at a time',
    args: ['--fault', 'slow=0'],
    vias: ['pipe', 'ssh'],
    expected: ['ready'],
    limits: relaxed,
    drive: async (s) => void (await s.execute('!verifier 3 MyDriver.sys')),
  },
  {
    name: 'garbage bytes',
    models: 'ANSI escapes, NULs, invalid UTF-8, backspaces in the output',
    args: ['--fault', 'garbage=7'],
    vias: ['pipe', 'ssh'],
    expected: ['ready'],
    limits: relaxed,
    drive: async (s) => void (await s.execute('!analyze -v')),
  },
  {
    name: 'code-page bytes (cp936)',
    models: 'kd on a Chinese Windows writes GBK',
    args: ['--encoding', 'cp936'],
    encoding: 'cp936',
    vias: ['pipe', 'ssh'],
    expected: ['ready'],
    limits: relaxed,
    drive: async (s) => {
      const { output } = await s.execute('ln 0x9a3bf6ac');
      if (!output.startsWith('d:\\代码\\驱动\\handleioctl.c(50)')) throw new Error(`decoded wrongly: ${output.slice(0, 60)}`);
    },
  },
  {
    name: 'EOF spin never triggered',
    models: 'kd/cdb spin at stdin EOF; we must never close stdin — also not while a debugger that ignores `q` is being ended',
    // ignore-quit: `q` does not end it, so Disconnect has to end the process tree; had stdin been
    // closed at any point meanwhile, kdsim would announce the spin on its output (checked by runOnce).
    args: ['--fault', 'eof-spin', '--fault', 'ignore-quit'],
    vias: ['pipe', 'ssh'],
    expected: ['disconnected'],
    limits: relaxed,
    drive: async (s, ctx) => {
      await s.execute('.echo idle-with-stdin-open');
      const pid = pidOf(ctx);
      await s.close();
      if (!(await processGone(pid, 10_000))) throw new Error(`debugger pid ${pid} still alive after Disconnect`);
      if (ctx.consoleText().includes('kdsim eof-spin')) throw new Error('the debugger saw stdin EOF');
      ctx.note(`q ignored; Disconnect ended pid ${pid}; no spin`);
    },
  },
  {
    name: 'Break lost right after g',
    models: 'a Ctrl+C before kd has resumed the target is lost',
    scenario: 'live-growth-x64',
    args: ['--fault', 'lose-early-break=400'],
    vias: ['pipe', 'ssh'],
    expected: ['ready'],
    limits: relaxed,
    drive: async (s) => {
      const go = s.execute('g');
      await s.interrupt();
      await go;
    },
  },
  {
    name: 'Break never received',
    models: 'a wrapper swallows Ctrl+C',
    scenario: 'live-growth-x64',
    args: ['--fault', 'ignore-break'],
    vias: ['pipe', 'ssh'],
    expected: ['running'],
    limits: { ...relaxed, breakTimeoutMs: 1500 },
    drive: async (s) => {
      void ignore(s.execute('g'));
      await ignore(s.interrupt());
    },
  },
  {
    name: 'sshd killed mid-session',
    models: "the host's sshd for this connection dies (TCP link closed)",
    args: [],
    vias: ['ssh'],
    expected: ['failed'],
    limits: relaxed,
    quickKeepalive: true,
    drive: async (s, ctx) => {
      const running = ignore(s.execute('!verifier 3 MyDriver.sys'));
      if (cutConnection(pidOf(ctx)) === 0) throw new Error('no sshd process found for the connection');
      await running;
    },
  },
  {
    name: 'channel stalled 0.5 s mid-output',
    models: 'a congested or roaming link delivers nothing for a while, then catches up',
    args: [],
    vias: ['ssh'],
    expected: ['ready'],
    limits: { ...relaxed, hangTimeoutMs: 5000 },
    quickKeepalive: true,
    drive: async (s, ctx) => {
      const running = s.execute('!verifier 3 MyDriver.sys');
      const stall = stallConnection(pidOf(ctx));
      ctx.onCleanup(stall.end);
      await sleep(500);
      stall.resume();
      const { output } = await running;
      if (!output.includes('MyDriver.sys')) throw new Error(`output after the stall: ${output.slice(0, 80)}`);
    },
  },
  {
    name: 'channel stalled for good',
    models: 'the link dies without a FIN (NAT timeout, cable pulled): no data, no keepalive replies',
    args: [],
    vias: ['ssh'],
    expected: ['failed'],
    // Keepalives (1 s × 2) notice the dead link before the 5 s hang limit, as the defaults (5 s × 3, 60 s) do.
    limits: { ...relaxed, hangTimeoutMs: 5000, commandTimeoutMs: 5000, breakTimeoutMs: 1500 },
    quickKeepalive: true,
    drive: async (s, ctx) => {
      const running = ignore(s.execute('!verifier 3 MyDriver.sys'));
      const stall = stallConnection(pidOf(ctx));
      ctx.onCleanup(stall.end);
      if (stall.count === 0) throw new Error('no sshd process found for the connection');
      await running;
    },
  },
];
