// One run of one fault-matrix row: start kdsim (the bundle) over a local pipe or the
// test sshd, open a session with the row's limits, prove `.echo before-fault` reaches the
// console, drive the fault, and record how it ended.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SessionState } from '../../electron/contract';
import { DebuggerSession } from '../../electron/debugger/debuggerSession';
import type { DebuggerTransport, TransportExit } from '../../electron/debugger/debuggerTransport';
import { LocalProcessTransport } from '../../electron/debugger/localProcessTransport';
import { ReadBackpressure } from '../../electron/debugger/readBackpressure';
import { loadScenario } from '../../electron/kdsim/scenarioLoader';
import { connection } from '../integration/ssh/sshTestKit';
import type { SshTestServer } from '../integration/sshHarness/sshTestServer';
import { deadlineMsFor, type FaultCase, type RunContext, type Via } from './faultCases';

export interface Outcome {
  settled: boolean;
  state: SessionState['state'];
  lostBeforeFault: boolean;
  reconnectOffered: boolean;
  note: string;
}

export interface RunEnvironment {
  kdsimArgv: string[];
  server: SshTestServer;
}

/** The walkthrough scenario with CJK source paths (for the cp936 row), written once. */
let cjkScenario: string | null = null;
function cjkScenarioFile(): string {
  if (cjkScenario) return cjkScenario;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-faults-'));
  chmodSync(dir, 0o755);
  const file = path.join(dir, 'mydriver-cp936.json');
  writeFileSync(file, JSON.stringify(loadScenario('mydriver-x86')).replaceAll('d:\\\\coding\\\\wdmdrivers\\\\mydriver', 'd:\\\\代码\\\\驱动'), { mode: 0o644 });
  cjkScenario = file;
  return file;
}

/** Deletes the cp936 scenario's folder (end of the pass). */
export function removeCjkScenario(): void {
  if (cjkScenario) rmSync(path.dirname(cjkScenario), { recursive: true, force: true });
  cjkScenario = null;
}

const quitGraceMs = 500;
const transitional: SessionState['state'][] = ['connecting', 'loading', 'breaking'];

function transportFor(c: FaultCase, via: Via, env: RunEnvironment): DebuggerTransport {
  const scenario = c.encoding ? cjkScenarioFile() : (c.scenario ?? 'mydriver-x86');
  const argv = [...env.kdsimArgv, '--scenario', scenario, ...c.args];
  const encoding = c.encoding ?? 'utf-8';
  if (via === 'pipe') return new LocalProcessTransport({ argv, description: 'kdsim', encoding, quitGraceMs });
  const keepalive = c.quickKeepalive ? { keepaliveIntervalMs: 1000, keepaliveCountMax: 2 } : {};
  return connection(env.server, { transport: { remoteArgv: argv, encoding, quitGraceMs, ...keepalive } }).transport;
}

function debuggerPidOf(transport: DebuggerTransport): number | null {
  const t = transport as unknown as { remoteProcessId?: number | null; child?: { pid?: number } | null };
  return t.remoteProcessId ?? t.child?.pid ?? null;
}

export async function runOnce(c: FaultCase, via: Via, env: RunEnvironment): Promise<Outcome> {
  const transport = transportFor(c, via, env);
  const chunks: string[] = [];
  let chars = 0;
  const cleanups: (() => void)[] = [];
  const notes: string[] = [];
  const exits: TransportExit[] = [];

  // The flood row: a console that takes nothing until reading has paused once (so a pause
  // happens however fast the machine is), then 256 K characters every 10 ms, behind the core's backpressure.
  let pending = 0;
  let maxPending = 0;
  let session: DebuggerSession | null = null;
  const backpressure = c.laggingConsole ? new ReadBackpressure({ highWaterChars: 1024 * 1024, lowWaterChars: 256 * 1024, onChange: (p) => session?.setReadingPaused(p) }) : null;
  const drain = backpressure
    ? setInterval(() => {
        if (backpressure.pauseCount === 0) return;
        pending = Math.max(0, pending - 256 * 1024);
        backpressure.update(pending);
      }, 10)
    : null;
  backpressure?.attach(transport);

  session = new DebuggerSession(
    transport,
    {
      console: (t) => {
        chunks.push(t);
        chars += t.length;
        if (backpressure) {
          backpressure.update((pending += t.length));
          maxPending = Math.max(maxPending, pending);
        }
      },
      ended: (e) => exits.push(e),
    },
    c.limits,
  );
  const ctx: RunContext = {
    via,
    debuggerPid: () => debuggerPidOf(transport),
    consoleText: () => chunks.join(''),
    consoleChars: () => chars,
    onCleanup: (f) => cleanups.push(f),
    note: (t) => notes.push(t),
    backpressure,
    maxPendingChars: () => maxPending,
  };
  const s = session;
  const work = (async () => {
    await s.start();
    await s.execute('.echo before-fault');
    await c.drive(s, ctx);
  })()
    .catch((err: Error) => {
      notes.push(err.message.slice(0, 120));
    })
    // Settled means the session has left its passing states too (a break in flight, a start).
    .then(async () => {
      while (transitional.includes(s.state.state)) await new Promise((r) => setTimeout(r, 50));
    });
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([work.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), deadlineMsFor(c))))]);
  clearTimeout(timer);
  // Give a failing session its own end (ending the debugger) before we look.
  await new Promise((r) => setTimeout(r, 200));
  const text = ctx.consoleText();
  const outcome: Outcome = {
    settled,
    state: s.state.state,
    lostBeforeFault: !text.includes('before-fault'),
    reconnectOffered: exits.some((e) => e.linkLost === true),
    note: notes.join('; '),
  };
  // eof-spin announces itself: then the session fed kd an EOF, whatever the state says.
  if (text.includes('kdsim eof-spin')) outcome.state = 'failed';
  if (drain) clearInterval(drain);
  for (const f of cleanups) f();
  await s.close().catch(() => undefined);
  return outcome;
}
