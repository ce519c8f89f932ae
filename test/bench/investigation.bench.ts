// `npm run bench -- investigation`: the leak-at-unload investigation vs the article's
// by-hand sequence (seed 000: one `ln` per caller, one `!verifier 0x80 <addr>` per
// allocation), both through a DebuggerSession to the same generated kdsim target with
// injected latency. Reports wall time, the ratio and debugger round trips.
import { CountingRunner } from '../../electron/investigation/countingRunner';
import { openCoreTarget as openDebuggerTarget } from '../integration/coreTarget';
import { runInvestigation } from '../../electron/investigation/runInvestigation';
import { parseVerifierPoolOutput } from '../../electron/parsers';

const ALLOCATIONS = Number(process.env.BENCH_ALLOCATIONS ?? 1000);
const SITES = Number(process.env.BENCH_SITES ?? 20);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const flags = ['--generate', `allocations=${ALLOCATIONS},log=65536,sites=${SITES}`, '--latency', String(LATENCY_MS)];

async function ours(): Promise<{ ms: number; roundTrips: number; commands: number; sites: number }> {
  const target = await openDebuggerTarget({ kind: 'demo', scenario: 'generated-large-x64', flags }, { commandTimeoutMs: 30 * 60_000 });
  try {
    const runner = new CountingRunner(target.session);
    const started = performance.now();
    const investigation = await runInvestigation({ env: { runner, tap: target.tap, target: { kind: target.targetKind, offline: false } }, playbook: null });
    const ms = performance.now() - started;
    if (investigation.status !== 'finished') throw new Error(`investigation ${investigation.status}: ${investigation.failure}`);
    const stacks = investigation.facts.allocationStacks.size;
    if (stacks !== ALLOCATIONS) throw new Error(`expected ${ALLOCATIONS} allocation stacks, got ${stacks}`);
    return { ms, roundTrips: runner.roundTrips, commands: runner.commands.length, sites: investigation.facts.sites.length };
  } finally {
    await target.close();
  }
}

/** What a person does after the article: each command typed and answered in turn. */
async function byHand(): Promise<{ ms: number; roundTrips: number }> {
  const target = await openDebuggerTarget({ kind: 'demo', scenario: 'generated-large-x64', flags }, { commandTimeoutMs: 30 * 60_000 });
  try {
    const runner = new CountingRunner(target.session);
    const started = performance.now();
    await runner.execute('!analyze -v');
    const verifier = await runner.execute('!verifier 3 bigleak.sys');
    const allocations = parseVerifierPoolOutput(verifier.output.split('\n'), '!verifier 3 bigleak.sys').drivers[0]?.allocations ?? [];
    if (allocations.length !== ALLOCATIONS) throw new Error(`by hand: expected ${ALLOCATIONS} allocations, got ${allocations.length}`);
    for (const caller of new Set(allocations.map((a) => a.caller!))) await runner.execute(`ln ${caller}`);
    let done = 0;
    for (const a of allocations) {
      await runner.execute(`!verifier 0x80 ${a.address}`);
      if (++done % 100 === 0) process.stderr.write(`  by hand: ${done}/${allocations.length} lookups\n`);
    }
    return { ms: performance.now() - started, roundTrips: runner.roundTrips };
  } finally {
    await target.close();
  }
}

export async function run(): Promise<void> {
  process.stdout.write(`investigation benchmark: ${ALLOCATIONS} allocations from ${SITES} sites, 0x10000-entry log, kdsim --latency ${LATENCY_MS}\n`);
  const a = await ours();
  process.stdout.write(`  PoolSleuth investigation: ${(a.ms / 1000).toFixed(2)} s, ${a.roundTrips} round trips, ${a.commands} commands, ${a.sites} sites\n`);
  const b = await byHand();
  process.stdout.write(`  by hand (article sequence): ${(b.ms / 1000).toFixed(2)} s, ${b.roundTrips} round trips\n`);
  process.stdout.write(`  ratio: ${(b.ms / a.ms).toFixed(1)}x faster; round trips ${a.roundTrips} vs ${b.roundTrips}\n`);
}
