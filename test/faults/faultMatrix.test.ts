// `npm run test:faults` (run by .ci/run): every kdsim fault and link fault × {local pipe,
// real sshd}, FAULT_RUNS runs each (default 20). FAULT_CONCURRENCY (default 8) runs go at
// once across all rows: most of a run is waiting for a short timeout, so rows overlap.
// FAULT_ONLY=substring picks rows ("hangs", "ssh"). kdsim is bundled once
// (kdsimBundle.ts) instead of compiled by tsx per run; the sshd is started once and each
// link fault hits only its own connection (sshConnectionProcesses.ts).
// Counts per row: hangs beyond the timeout (a run not settled by its deadline, from the
// row's limits), wrong end states, runs whose console lost `.echo before-fault` (text
// received before the fault), reconnects offered (the transport reported a lost link).
// Writes test-output/fault-matrix.md and fails on any hang, wrong state or lost text.
// No wall-clock assertion: the pass's duration is printed, never checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { removeTempDirs } from '../integration/ssh/sshTestKit';
import { startSshTestServer } from '../integration/sshHarness/sshTestServer';
import { deadlineMsFor, faultCases, type FaultCase, type Via } from './faultCases';
import { removeCjkScenario, runOnce, type Outcome } from './faultRun';
import { bundleKdsim } from './kdsimBundle';

interface Row {
  c: FaultCase;
  via: Via;
  outcomes: Outcome[];
}

async function pool(jobs: (() => Promise<void>)[], concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

function limitText(c: FaultCase): string {
  const l = c.limits;
  return `hang ${l.hangTimeoutMs! / 1000} s, break ${l.breakTimeoutMs! / 1000} s`;
}

function rowLine(r: Row): string {
  const o = r.outcomes;
  const hangs = o.filter((x) => !x.settled).length;
  const wrong = o.filter((x) => x.settled && !r.c.expected.includes(x.state));
  const lost = o.filter((x) => x.lostBeforeFault).length;
  const reconnects = o.filter((x) => x.reconnectOffered).length;
  const sample = wrong[0] ? ` (e.g. ${wrong[0].state}: ${wrong[0].note})` : '';
  const note = o.find((x) => x.note && r.c.expected.includes(x.state) && x.settled)?.note ?? '';
  return `| ${r.c.name} | ${r.via} | ${o.length} | ${r.c.expected.join('/')} | ${limitText(r.c)} | ${hangs} | ${wrong.length}${sample} | ${lost} | ${reconnects} | ${note} |`;
}

function badCount(r: Row): number {
  return r.outcomes.filter((x) => !x.settled || !r.c.expected.includes(x.state) || x.lostBeforeFault).length;
}

it('fault matrix: no hang beyond the timeout, no wrong state, nothing received before the fault lost', async () => {
  const runs = Number(process.env.FAULT_RUNS ?? 20);
  const concurrency = Number(process.env.FAULT_CONCURRENCY ?? 8);
  const only = process.env.FAULT_ONLY ?? '';
  const started = Date.now();
  const [bundle, server] = await Promise.all([bundleKdsim(), startSshTestServer()]);
  const rows: Row[] = faultCases.flatMap((c) => c.vias.map((via) => ({ c, via, outcomes: [] as Outcome[] }))).filter((r) => !only || `${r.c.name} ${r.via}`.includes(only));
  // Run i of every row before run i + 1 of any: short and long rows overlap throughout.
  const jobs = Array.from({ length: runs }, () => rows.map((r) => async () => {
    r.outcomes.push(await runOnce(r.c, r.via, { kdsimArgv: bundle.argvPrefix, server }));
    if (r.outcomes.length === runs) process.stderr.write(`${rowLine(r)}\n`);
  })).flat();
  try {
    await pool(jobs, concurrency);
  } finally {
    await server.stop();
    bundle.remove();
    removeCjkScenario();
    removeTempDirs();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const table = [
    `Fault matrix ${new Date().toISOString().slice(0, 10)}: ${runs} runs per row, ${concurrency} at a time, ${server.kind} server, ${seconds} s wall time (${Math.floor(seconds / 60)} min ${seconds % 60} s)`,
    '',
    '| fault | via | runs | expected end | limits | hangs beyond the timeout | wrong state | text before the fault missing | reconnect offered | note (first good run) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(rowLine),
    '',
    `Deadline per run: the row's start-up + hang + 2 × break limits + 5 s (${Math.min(...rows.map((r) => deadlineMsFor(r.c))) / 1000}–${Math.max(...rows.map((r) => deadlineMsFor(r.c))) / 1000} s).`,
    '',
  ].join('\n');
  mkdirSync('test-output', { recursive: true });
  writeFileSync(path.join('test-output', 'fault-matrix.md'), table);
  process.stdout.write(table);
  expect(rows.every((r) => r.outcomes.length === runs)).toBe(true);
  expect(rows.reduce((n, r) => n + badCount(r), 0), table).toBe(0);
});
