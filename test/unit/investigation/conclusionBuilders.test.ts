// The conclusion builders over real debugger text: seed 000's kd session (MS docs,
// MyDriver.sys), and kdsim's special-pool and live-growth outputs captured into
// test/fixtures/conclusion. The playbooks run over a runner that answers from those logs,
// so the facts are the parsers' and the steps' own; the conclusion is what is checked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conclusionSchema, type Conclusion } from '../../../electron/contract/conclusionTypes';
import type { CommandRunner, RunnerCommandResult } from '../../../electron/investigation/commandRunner';
import { concludeInvestigation, concludeTyped, englishConclusion, nothingReadable } from '../../../electron/investigation/conclusion/concludeInvestigation';
import { conclusionMessagesSchema, conclusionMessageText } from '../../../electron/contract/conclusionMessages';
import { Investigation } from '../../../electron/investigation/investigationEngine';
import type { InvestigationOptions } from '../../../electron/investigation/investigationOptions';
import { corruptionPlaybook } from '../../../electron/investigation/playbooks/corruption/corruptionPlaybook';
import { leakAtUnloadPlaybook } from '../../../electron/investigation/playbooks/leakAtUnload/leakAtUnloadPlaybook';
import { poolGrowthPlaybook } from '../../../electron/investigation/playbooks/poolGrowth/poolGrowthPlaybook';
import type { Playbook } from '../../../electron/investigation/stepTypes';
import type { TargetProfile } from '../../../electron/investigation/targetCapabilities';

const fixtures = path.resolve(__dirname, '../../fixtures');
const read = (p: string) => readFileSync(path.join(fixtures, p), 'utf8');

/** kd's command key: case and runs of blanks do not matter. */
const key = (command: string) => command.trim().toLowerCase().replace(/\s+/g, ' ');

/** "kd> cmd" / "0: kd> cmd" lines split a log into command → output. */
function answersOfLog(...logs: string[]): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  for (const log of logs) {
    let current: { command: string; lines: string[] } | null = null;
    const flush = () => {
      if (current) answers.set(current.command, [...(answers.get(current.command) ?? []), current.lines.join('\n')]);
    };
    for (const line of log.replace(/\r\n/g, '\n').split('\n')) {
      const prompt = /^(?:\d+: )?kd> (.*)$/.exec(line);
      if (prompt) {
        flush();
        current = { command: key(prompt[1]!), lines: [] };
      } else {
        current?.lines.push(line);
      }
    }
    flush();
  }
  return answers;
}

/**
 * Answers each command with the next recorded output for it (the last one repeats);
 * `g` waits for a break-in until PoolHitTag is armed, then "hits" at once.
 */
class LogRunner implements CommandRunner {
  readonly sent: string[] = [];
  private armed = false;
  private running: (() => void) | null = null;
  private readonly used = new Map<string, number>();

  constructor(private readonly answers: Map<string, string[]>, private readonly unknown: (command: string) => string = () => '') {}

  async execute(command: string): Promise<RunnerCommandResult> {
    this.sent.push(command);
    if (/^ed nt!PoolHitTag /i.test(command)) this.armed = !/ 0$/.test(command.trim());
    if (command === 'g' && !this.armed) {
      await new Promise<void>((resolve) => (this.running = resolve));
      return { command, output: 'Break instruction exception - code 80000003 (first chance)\n', durationMs: 1 };
    }
    const list = this.answers.get(key(command));
    if (!list) return { command, output: this.unknown(command), durationMs: 1 };
    const n = this.used.get(key(command)) ?? 0;
    this.used.set(key(command), n + 1);
    return { command, output: list[Math.min(n, list.length - 1)]!, durationMs: 1 };
  }

  async executeBatch(commands: string[]): Promise<RunnerCommandResult[]> {
    const out: RunnerCommandResult[] = [];
    for (const c of commands) out.push(await this.execute(c));
    return out;
  }

  async interrupt(): Promise<void> {
    const r = this.running;
    this.running = null;
    r?.();
  }
}

async function conclude(playbook: Playbook, runner: CommandRunner, target: TargetProfile, options: Partial<InvestigationOptions> = {}): Promise<{ conclusion: Conclusion; investigation: Investigation }> {
  const investigation = new Investigation({ playbook, env: { runner, target }, options });
  await investigation.run();
  const conclusion = investigation.conclusion!;
  // The contract: exactly these keys, absent values null.
  expect(conclusionSchema.parse(conclusion)).toEqual(conclusion);
  expect(Object.keys(conclusion).sort()).toEqual(['next', 'summary', 'suspects', 'verdict']);
  for (const s of conclusion.suspects) {
    expect(Object.keys(s).sort()).toEqual(['allocations', 'bytes', 'driver', 'file', 'function', 'growthBytesPerMinute', 'line', 'tag']);
  }
  return { conclusion, investigation };
}

const dump: TargetProfile = { kind: 'dump', offline: false };
const live: TargetProfile = { kind: 'live', offline: false };

function seed000(): Map<string, string[]> {
  return answersOfLog(
    read('parsers/seed000-analyze.txt'),
    read('parsers/seed000-verifier3.txt'),
    read('parsers/seed000-ln.txt'),
    read('parsers/seed000-verifier80.txt'),
  );
}

// Seed 000's !analyze -v is trimmed after the arguments (no IMAGE_NAME): the driver is named, as the user would.
describe('leak-at-unload conclusion (seed 000, MyDriver.sys)', () => {
  it('names MyDriver.sys and every allocation site with function, file, line, count and bytes', async () => {
    const { conclusion } = await conclude(leakAtUnloadPlaybook, new LogRunner(seed000()), dump, { driver: 'MyDriver.sys' });
    expect(conclusion.verdict).toBe('found');
    expect(conclusion.summary).toMatch(/^MyDriver\.sys leaked 3 allocations/);
    expect(conclusion.next).toBeNull();
    const bySource = Object.fromEntries(conclusion.suspects.map((s) => [`${s.file}:${s.line}`, s]));
    expect(bySource['d:\\coding\\wdmdrivers\\mydriver\\handleioctl.c:50']).toMatchObject({
      driver: 'MyDriver.sys',
      tag: 'VMdl',
      function: 'MyDriver!DeviceControlDispatch+0x4c',
      allocations: 1,
      growthBytesPerMinute: null,
    });
    expect(conclusion.suspects.map((s) => s.tag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    expect(conclusion.suspects.every((s) => s.driver === 'MyDriver.sys' && s.bytes! > 0 && s.line !== null)).toBe(true);
  });

  it('is inconclusive, says which step failed and names the next step when the ln lookups fail', async () => {
    const answers = seed000();
    for (const k of [...answers.keys()]) if (k.startsWith('ln ')) answers.delete(k);
    const runner = new LogRunner(answers);
    const failing: CommandRunner = {
      execute: (c) => (c.startsWith('ln ') ? Promise.reject(Object.assign(new Error('ln timed out'), { name: 'CommandTimeoutError' })) : runner.execute(c)),
      executeBatch: async (cs) => {
        if (cs.some((c) => c.startsWith('ln '))) throw new Error('ln timed out');
        return runner.executeBatch(cs);
      },
      interrupt: () => runner.interrupt(),
    };
    const { conclusion, investigation } = await conclude(leakAtUnloadPlaybook, failing, dump, { driver: 'MyDriver.sys' });
    expect(investigation.step('caller-lines')!.status).toBe('failed');
    expect(conclusion.verdict).toBe('inconclusive');
    expect(conclusion.summary).toMatch(
      /^Incomplete evidence: ‘Find the source line of each caller’ failed \(ln timed out\); 4 later steps did not run\. What was read so far: MyDriver\.sys leaked 3 allocations, 4,184 bytes from 3 allocation sites/,
    );
    expect(conclusion.next).toBe('Run the step ‘Find the source line of each caller’ again.');
    // What was read still names the sites, without source lines.
    expect(conclusion.suspects.map((s) => s.line)).toEqual([null, null, null]);
  });
});

describe('corruption conclusion (kdsim special-pool-corruption-x64)', () => {
  it('names overrun.sys, the frame OvrnFillBuffer+0x44 at fill.c line 19, the block and the fix', async () => {
    const runner = new LogRunner(answersOfLog(read('conclusion/special-pool-corruption-x64.log')));
    const { conclusion } = await conclude(corruptionPlaybook, runner, dump);
    expect(conclusion.verdict).toBe('found');
    expect(conclusion.suspects).toEqual([
      {
        driver: 'overrun.sys',
        tag: 'Ovrn',
        function: 'overrun!OvrnFillBuffer+0x44',
        file: 'c:\\src\\overrun\\fill.c',
        line: 19,
        allocations: null,
        bytes: 0x40,
        growthBytesPerMinute: null,
      },
    ]);
    expect(conclusion.summary).toContain("overrun.sys wrote past the end of its 64-byte 'Ovrn' block 0xffffc10fa3e4efc0 (allocated)");
    expect(conclusion.summary).toContain('The block was allocated by overrun!OvrnDispatchWrite+0x6d');
    expect(conclusion.summary).toContain('guard page');
    expect(conclusion.summary).toContain('What to fix: bound the write in overrun!OvrnFillBuffer+0x44');
    expect(conclusion.next).toBeNull();
    expect(runner.sent).toContain('k');
  });
});

describe('pool growth conclusion (kdsim live-growth-x64)', () => {
  const captured = JSON.parse(read('conclusion/live-growth-x64.json')) as { outputs: Record<string, string[]> };
  const answers = new Map(Object.entries(captured.outputs).map(([k, v]) => [key(k), v]));

  it("names 'Leak', its growth, leakydrv and both allocating functions with file and line from PoolHitTag", async () => {
    const runner = new LogRunner(answers);
    const { conclusion, investigation } = await conclude(poolGrowthPlaybook, runner, live, { snapshotIntervalMs: 20, poolHitWaitMs: 5000 });
    expect(conclusion.verdict).toBe('found');
    const growth = investigation.facts.growth.find((g) => g.tag === 'Leak')!;
    expect(growth.bytesPerMinute).toBeGreaterThan(0);
    expect(conclusion.suspects).toEqual([
      { driver: 'leakydrv', tag: 'Leak', allocations: 5040, bytes: 20643840, growthBytesPerMinute: Math.round(growth.bytesPerMinute), function: 'leakydrv!LeakyAllocateRecord+0x29', file: 'c:\\src\\leakydrv\\record.c', line: 41 },
      { driver: 'leakydrv', tag: 'Leak', allocations: 5040, bytes: 20643840, growthBytesPerMinute: Math.round(growth.bytesPerMinute), function: 'leakydrv!LeakyCacheInsert+0x47', file: 'c:\\src\\leakydrv\\cache.c', line: 88 },
    ]);
    expect(conclusion.summary).toMatch(/^'Leak' grows [\d.]+ [KM]B\/min \(now 19\.7 MB \(20,643,840 bytes\) in 5,040 allocations\), in leakydrv; PoolHitTag caught it allocating at leakydrv!LeakyAllocateRecord\+0x29 \(record\.c:41\)/);
    expect(runner.sent.at(-1)).toBe('ed nt!PoolHitTag 0');
  });

  it('on a dump the largest tag is the suspect; an unknown owner makes it inconclusive with the findstr step next (app wording)', async () => {
    const runner = new LogRunner(answers);
    const { conclusion } = await conclude(poolGrowthPlaybook, runner, dump, { windowsHost: false });
    expect(conclusion.verdict).toBe('inconclusive');
    expect(conclusion.suspects).toEqual([
      { driver: null, tag: 'Leak', allocations: 4800, bytes: 19660800, growthBytesPerMinute: null, function: null, file: null, line: null },
    ]);
    expect(conclusion.next).toBe(
      "Find the driver that uses 'Leak': run findstr /m /l Leak %SystemRoot%\\System32\\drivers\\*.sys on the target (or a machine with the same drivers), or choose a pooltag.txt in the playbook options (Pool-tag file).",
    );
    expect(conclusion.next).not.toContain('--');
  });

  it('in the CLI the same advice names the flag', async () => {
    const { conclusion } = await conclude(poolGrowthPlaybook, new LogRunner(answers), dump, { windowsHost: false, shell: 'cli' });
    expect(conclusion.next).toMatch(/or pass --pooltag FILE\.$/);
  });
});

describe('no readable output', () => {
  it('a program that echoes every command back gives an inconclusive conclusion, never a finding-less "found"', async () => {
    const runner = new LogRunner(new Map(), (command) => `${command}\n`);
    const { conclusion, investigation } = await conclude(leakAtUnloadPlaybook, runner, dump, { driver: 'MyDriver.sys' });
    expect(nothingReadable(investigation.facts)).toBe(true);
    expect(conclusion.verdict).toBe('inconclusive');
    expect(conclusion.suspects).toEqual([]);
    expect(conclusion.summary).toMatch(/^The debugger's answers held nothing PoolSleuth could read/);
    expect(conclusion.next).toMatch(/kd or cdb/);
    // And no finding claims what the echo cannot tell: "No bug check on this target".
    expect(investigation.findings.map((f) => f.title)).not.toContain('No bug check on this target');
    expect(investigation.findings.find((f) => f.kind === 'warning' && f.code === 'unreadable-output')?.detail).toBe(
      '!analyze -v printed nothing PoolSleuth recognises (it begins “!analyze -v”): whether the target stopped on a bug check is unknown.',
    );
  });

  it('a triage that did not finish concludes inconclusive', () => {
    const c = concludeInvestigation('triage', 'failed', 'The debugger is not available: kd exited', {
      facts: new Investigation({ playbook: corruptionPlaybook, env: { runner: new LogRunner(new Map()), target: dump } }).facts,
      steps: [],
      unavailable: [],
      options: new Investigation({ playbook: corruptionPlaybook, env: { runner: new LogRunner(new Map()), target: dump } }).options,
      target: dump,
    });
    expect(c).toEqual({
      verdict: 'inconclusive',
      summary: 'The triage did not finish: The debugger is not available: kd exited, so no playbook ran.',
      suspects: [],
      next: 'Run the investigation again once the debugger answers (or choose the playbook yourself).',
    });
  });
});

// The summary and next step are typed messages (contract/conclusionMessages.ts); the English is
// rendered from them. Against the English the builders wrote before they were typed
// (fixtures/conclusion/english-before-typed.json), to the letter, for each kind of answer.
describe('typed conclusion messages', () => {
  const before = JSON.parse(read('conclusion/english-before-typed.json')) as Record<string, Conclusion>;

  async function typed(playbook: Playbook, runner: CommandRunner, options: Partial<InvestigationOptions> = {}) {
    const { conclusion, investigation } = await conclude(playbook, runner, dump, options);
    // Every code and parameter is one this build knows (the UI can translate all of it).
    const messages = conclusionMessagesSchema.parse(investigation.conclusionMessages);
    expect(conclusionMessageText(messages.summary)).toBe(conclusion.summary);
    expect(messages.next === null ? null : conclusionMessageText(messages.next)).toBe(conclusion.next);
    return { conclusion, messages };
  }

  const growthAnswers = () => {
    const captured = JSON.parse(read('conclusion/live-growth-x64.json')) as { outputs: Record<string, string[]> };
    return new Map(Object.entries(captured.outputs).map(([k, v]) => [key(k), v]));
  };
  const lnFails = (): CommandRunner => {
    const answers = seed000();
    for (const k of [...answers.keys()]) if (k.startsWith('ln ')) answers.delete(k);
    const runner = new LogRunner(answers);
    return {
      execute: (c) => (c.startsWith('ln ') ? Promise.reject(Object.assign(new Error('ln timed out'), { name: 'CommandTimeoutError' })) : runner.execute(c)),
      executeBatch: async (cs) => {
        if (cs.some((c) => c.startsWith('ln '))) throw new Error('ln timed out');
        return runner.executeBatch(cs);
      },
      interrupt: () => runner.interrupt(),
    };
  };
  const cases: Array<[string, string, () => Promise<{ conclusion: Conclusion }>]> = [
    ['A', 'leak: driver sentence with its sites', () => typed(leakAtUnloadPlaybook, new LogRunner(seed000()), { driver: 'MyDriver.sys' })],
    ['B', 'leak over a failed step: gaps, then what was read', () => typed(leakAtUnloadPlaybook, lnFails(), { driver: 'MyDriver.sys' })],
    ['C', 'corruption: block, allocator, guard page, fix', () => typed(corruptionPlaybook, new LogRunner(answersOfLog(read('conclusion/special-pool-corruption-x64.log'))))],
    ['E', 'growth on a dump, owner unknown, findstr (app)', () => typed(poolGrowthPlaybook, new LogRunner(growthAnswers()), { windowsHost: false })],
    ['F', 'the same in the CLI', () => typed(poolGrowthPlaybook, new LogRunner(growthAnswers()), { windowsHost: false, shell: 'cli' })],
    ['G', 'nothing readable (echo)', () => typed(leakAtUnloadPlaybook, new LogRunner(new Map(), (command) => `${command}\n`), { driver: 'MyDriver.sys' })],
    ['H', 'no driver named: a failed step with its reason', () => typed(leakAtUnloadPlaybook, new LogRunner(seed000()))],
    ['I', 'corruption without a driver frame', () => typed(corruptionPlaybook, new LogRunner(seed000()))],
    ['J', 'nothing printed (growth)', () => typed(poolGrowthPlaybook, new LogRunner(new Map()))],
    ['K', 'nothing printed (leak)', () => typed(leakAtUnloadPlaybook, new LogRunner(new Map()), { driver: 'MyDriver.sys' })],
  ];
  it.each(cases)('%s: %s — the English is what it was', async (id, _what, run) => {
    const { conclusion } = await run();
    expect(conclusion).toEqual(before[id]);
  });

  it('live growth: the rate sentence and PoolHitTag sites render back to the summary', async () => {
    const { conclusion, investigation } = await conclude(poolGrowthPlaybook, new LogRunner(growthAnswers()), live, { snapshotIntervalMs: 20, poolHitWaitMs: 5000 });
    const messages = conclusionMessagesSchema.parse(investigation.conclusionMessages);
    expect(conclusionMessageText(messages.summary)).toBe(conclusion.summary);
    expect(messages.summary.code).toBe('growth-tags');
    expect(JSON.stringify(messages.summary)).toContain('"function":"leakydrv!LeakyAllocateRecord+0x29","where":"record.c:41"');
  });

  it('a triage that did not finish: typed with the failure as given, and without one', () => {
    const facts = new Investigation({ playbook: corruptionPlaybook, env: { runner: new LogRunner(new Map()), target: dump } });
    const input = { facts: facts.facts, steps: [], unavailable: [], options: facts.options, target: dump };
    const failed = concludeTyped('triage', 'failed', 'The debugger is not available: kd exited', input);
    expect(failed.summary).toEqual({ code: 'triage-failed', params: { failure: 'The debugger is not available: kd exited' } });
    expect(englishConclusion(failed).summary).toBe('The triage did not finish: The debugger is not available: kd exited, so no playbook ran.');
    expect(englishConclusion(concludeTyped('triage', 'cancelled', null, input)).summary).toBe('The triage did not finish, so no playbook ran.');
  });
});
