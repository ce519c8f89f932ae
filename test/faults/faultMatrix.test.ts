// `npm run test:faults`: every kdsim fault × {local pipe, real sshd}, N runs each
// (FAULT_RUNS, default 20; FAULT_CONCURRENCY, default 4; FAULT_ONLY=substring picks
// cases). Each run opens a session with short limits, proves text before the fault is in
// the console, triggers the fault and checks the end: settled within the deadline (else a
// "hang beyond the timeout"), the expected state, nothing received before the fault lost.
// Writes a Markdown table (test-output/fault-matrix.md) for docs/reliability.md and fails
// when any hang, wrong state or lost text was counted. A vitest file with its own config
// (test/faults/vitest.config.ts), so the sshd harness loads as in the integration tests.
// Started for issue 16 item 7 (not yet run by .ci/run).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { SessionState } from '../../electron/contract';
import { DebuggerSession } from '../../electron/debugger/debuggerSession';
import type { DebuggerTransport, TransportExit } from '../../electron/debugger/debuggerTransport';
import { LocalProcessTransport } from '../../electron/debugger/localProcessTransport';
import { loadScenario } from '../../electron/kdsim/scenarioLoader';
import { sourceCliLauncher } from '../../electron/service/nodeEntryPoints';
import { connection, removeTempDirs } from '../integration/ssh/sshTestKit';
import { startSshTestServer, type SshTestServer } from '../integration/sshHarness/sshTestServer';

type Via = 'pipe' | 'ssh';

interface Outcome {
  settled: boolean;
  state: SessionState['state'];
  activity: string | null;
  lostBeforeFault: boolean;
  reconnectOffered: boolean;
  note: string;
}

interface FaultCase {
  name: string;
  scenario?: string;
  args: string[];
  encoding?: 'cp936';
  /** What the run does after the `.echo before-fault` that must survive. */
  drive(session: DebuggerSession, ctx: RunContext): Promise<void>;
  expected: SessionState['state'][];
}

interface RunContext {
  server: SshTestServer | null;
}

const limits = { hangTimeoutMs: 1000, breakTimeoutMs: 4000, startupTimeoutMs: 60_000, breakResendMs: 300 };
const deadlineMs = 45_000;

const ignore = (p: Promise<unknown>): Promise<void> => p.then(
  () => undefined,
  () => undefined,
);

function cjkScenarioFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-faults-'));
  chmodSync(dir, 0o755);
  const file = path.join(dir, 'mydriver-cp936.json');
  writeFileSync(file, JSON.stringify(loadScenario('mydriver-x86')).replaceAll('d:\\\\coding\\\\wdmdrivers\\\\mydriver', 'd:\\\\代码\\\\驱动'), { mode: 0o644 });
  return file;
}

const cases: FaultCase[] = [
  { name: 'none', args: [], expected: ['ready'], drive: async (s) => void (await s.execute('!verifier 3 MyDriver.sys')) },
  { name: 'exit-mid-output', args: ['--fault', 'exit-mid-output=300'], expected: ['failed'], drive: (s) => ignore(s.execute('!analyze -v')) },
  { name: 'hang', args: ['--fault', 'hang=3'], expected: ['failed'], drive: async (s) => void (await Promise.allSettled([s.execute('!analyze -v'), s.execute('.echo queued')])) },
  { name: 'close-output', args: ['--fault', 'close-output=3'], expected: ['failed'], drive: async (s) => void (await Promise.allSettled([s.execute('lm'), s.execute('.echo queued')])) },
  { name: 'slow output', args: ['--fault', 'slow=0'], expected: ['ready'], drive: async (s) => void (await s.execute('!verifier 3 MyDriver.sys')) },
  { name: 'garbage bytes', args: ['--fault', 'garbage=7'], expected: ['ready'], drive: async (s) => void (await s.execute('!analyze -v')) },
  {
    name: 'code-page bytes (cp936)',
    args: ['--encoding', 'cp936'],
    encoding: 'cp936',
    expected: ['ready'],
    drive: async (s) => {
      const { output } = await s.execute('ln 0x9a3bf6ac');
      if (!output.startsWith('d:\\代码\\驱动\\handleioctl.c(50)')) throw new Error(`decoded wrongly: ${output.slice(0, 60)}`);
    },
  },
  { name: 'EOF spin never triggered', args: ['--fault', 'eof-spin'], expected: ['disconnected'], drive: (s) => s.close() },
  {
    name: 'Break lost right after g',
    scenario: 'live-growth-x64',
    args: ['--fault', 'lose-early-break=400'],
    expected: ['ready'],
    drive: async (s) => {
      const go = s.execute('g');
      await s.interrupt();
      await go;
    },
  },
  {
    name: 'Break never received',
    scenario: 'live-growth-x64',
    args: ['--fault', 'ignore-break'],
    expected: ['running'],
    drive: async (s) => {
      void ignore(s.execute('g'));
      await ignore(s.interrupt());
    },
  },
];

const sshOnly: FaultCase[] = [
  {
    name: 'sshd connections cut mid-session',
    args: [],
    expected: ['failed'],
    drive: async (s, ctx) => {
      const running = ignore(s.execute('!verifier 3 MyDriver.sys'));
      ctx.server!.dropConnections();
      await running;
    },
  },
];

async function runOnce(c: FaultCase, via: Via, ctx: RunContext): Promise<Outcome> {
  const extra = c.scenario === undefined && c.encoding ? ['--scenario', cjkScenarioFile()] : ['--scenario', c.scenario ?? 'mydriver-x86'];
  let transport: DebuggerTransport;
  if (via === 'pipe') {
    transport = new LocalProcessTransport({ argv: [...sourceCliLauncher().argvPrefix, 'kdsim', ...extra, ...c.args], description: 'kdsim', encoding: c.encoding ?? 'utf-8' });
  } else {
    const conn = connection(ctx.server!, { transport: { encoding: c.encoding ?? 'utf-8', keepaliveIntervalMs: 1000, keepaliveCountMax: 2 } });
    const argv = (conn.transport as unknown as { options: { remoteArgv: string[] } }).options.remoteArgv;
    argv.splice(argv.indexOf('--scenario'), 2, ...extra, ...c.args);
    transport = conn.transport;
  }
  let consoleText = '';
  const exits: TransportExit[] = [];
  const session = new DebuggerSession(transport, { console: (t) => (consoleText += t), ended: (e) => exits.push(e) }, limits);
  let note = '';
  const work = (async () => {
    await session.start();
    await session.execute('.echo before-fault');
    await c.drive(session, ctx);
  })().catch((err: Error) => {
    note = err.message.slice(0, 120);
  });
  const settled = await Promise.race([work.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), deadlineMs))]);
  // Give a failing session its own end (ending the debugger) before we look.
  await new Promise((r) => setTimeout(r, 200));
  const outcome: Outcome = {
    settled,
    state: session.state.state,
    activity: session.state.activity?.kind ?? null,
    lostBeforeFault: !consoleText.includes('before-fault'),
    reconnectOffered: exits.some((e) => e.linkLost === true),
    note,
  };
  await session.close().catch(() => undefined);
  if (c.name === 'EOF spin never triggered' && consoleText.includes('eof-spin')) outcome.state = 'failed';
  return outcome;
}

async function pool<T>(count: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await job(i);
      }
    }),
  );
  return results;
}

it('fault matrix: no hang beyond the timeout, no wrong state, nothing lost', async () => {
  const runs = Number(process.env.FAULT_RUNS ?? 20);
  const concurrency = Number(process.env.FAULT_CONCURRENCY ?? 4);
  const only = process.env.FAULT_ONLY ?? '';
  const server = await startSshTestServer();
  const ctx: RunContext = { server };
  const rows: string[] = [];
  let bad = 0;
  try {
    for (const via of ['pipe', 'ssh'] as const) {
      for (const c of via === 'ssh' ? [...cases, ...sshOnly] : cases) {
        if (only && !`${c.name} ${via}`.includes(only)) continue;
        // The link cut hits every connection on the server: those runs go one at a time.
        const outcomes = await pool(runs, c.name.startsWith('sshd') ? 1 : concurrency, () => runOnce(c, via, ctx));
        const hangs = outcomes.filter((o) => !o.settled).length;
        const wrong = outcomes.filter((o) => o.settled && !c.expected.includes(o.state));
        const lost = outcomes.filter((o) => o.lostBeforeFault).length;
        const reconnects = outcomes.filter((o) => o.reconnectOffered).length;
        bad += hangs + wrong.length + lost;
        const sample = wrong[0] ? ` (e.g. ${wrong[0].state}: ${wrong[0].note})` : '';
        rows.push(`| ${c.name} | ${via} | ${runs} | ${c.expected.join('/')} | ${hangs} | ${wrong.length}${sample} | ${lost} | ${reconnects} |`);
        process.stderr.write(`${rows.at(-1)}\n`);
      }
    }
  } finally {
    await server.stop();
    removeTempDirs();
  }
  const table = [
      `Fault matrix ${new Date().toISOString().slice(0, 10)} (${server.kind} server; limits: hang ${limits.hangTimeoutMs} ms, break ${limits.breakTimeoutMs} ms; deadline ${deadlineMs / 1000} s)`,
      '',
      '| fault | via | runs | expected end | hangs beyond the timeout | wrong state | text before the fault missing | reconnect offered |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
  mkdirSync('test-output', { recursive: true });
  writeFileSync(path.join('test-output', 'fault-matrix.md'), table);
  process.stdout.write(table);
  expect(bad, table).toBe(0);
});
