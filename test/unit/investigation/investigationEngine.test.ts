// The engine over scripted runners: capability gating, branching, cancel (interrupting
// the command in flight), re-run, a dead debugger, and PoolHitTag cleanup on failure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunnerCommandResult } from '../../../electron/investigation/commandRunner';
import { Investigation } from '../../../electron/investigation/investigationEngine';
import type { InvestigationEvent } from '../../../electron/contract/investigationEvents';
import { RecordedAnswers } from '../../../electron/debugger/recordedAnswers';
import { recordingFromTextLog } from '../../../electron/debugger/replayRecording';
import type { CommandRunner } from '../../../electron/investigation/commandRunner';
import { leakAtUnloadPlaybook } from '../../../electron/investigation/playbooks/leakAtUnload/leakAtUnloadPlaybook';
import { poolGrowthPlaybook } from '../../../electron/investigation/playbooks/poolGrowth/poolGrowthPlaybook';
import { repoRoot } from '../../../electron/service/nodeEntryPoints';
import { ScriptedRunner } from './scriptedRunner';

const seedLog = readFileSync(path.join(repoRoot, 'test/fixtures/parsers/seed000-article.txt'), 'utf8');

/** Answers like the seed's debugger; `hooks` replace answers (to hang, fail, count). */
class SeedRunner implements CommandRunner {
  interrupts = 0;
  readonly seen: string[] = [];
  private release: (() => void) | null = null;
  private readonly seed = new RecordedAnswers(recordingFromTextLog(seedLog, 'seed000-article.txt').commands);

  constructor(private readonly hooks: Record<string, (self: SeedRunner) => Promise<string>> = {}) {}

  /** Behaves like a live debugger: every command gets an answer. */
  hasAnswer(): boolean {
    return true;
  }

  recordedCommands(): string[] {
    return this.seed.commands();
  }

  async execute(command: string): Promise<RunnerCommandResult> {
    this.seen.push(command);
    const hook = this.hooks[command];
    if (hook) return { command, output: await hook(this), durationMs: 1 };
    return { command, output: this.seed.take(command) ?? '', durationMs: 0 };
  }

  async executeBatch(commands: string[]): Promise<RunnerCommandResult[]> {
    const out: RunnerCommandResult[] = [];
    for (const c of commands) out.push(await this.execute(c));
    return out;
  }

  hang(): Promise<string> {
    return new Promise((resolve) => (this.release = () => resolve('interrupted\n')));
  }

  async interrupt(): Promise<void> {
    this.interrupts++;
    this.release?.();
  }
}

const dump = { kind: 'dump' as const, offline: false };
const live = { kind: 'live' as const, offline: false };

describe('investigation engine', () => {
  it('runs the leak playbook and emits JSON-serialisable events', async () => {
    const runner = new SeedRunner();
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: dump } });
    const events: InvestigationEvent[] = [];
    investigation.on((e) => events.push(e));
    expect(await investigation.run()).toBe('finished');
    expect(investigation.facts.sites.map((s) => s.tag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('investigation-started');
    expect(types.filter((t) => t === 'step-started')).toHaveLength(investigation.steps.filter((s) => s.status !== 'skipped').length);
    expect(types.at(-1)).toBe('investigation-finished');
  });

  it('does not offer steps the target cannot run', () => {
    const onDump = new Investigation({ playbook: poolGrowthPlaybook, env: { runner: new ScriptedRunner(), target: dump } });
    expect(onDump.unavailable.map((u) => u.id)).toEqual(['snapshots', 'pool-hit-tag']);
    expect(onDump.unavailable.find((u) => u.id === 'pool-hit-tag')!.reason).toMatch(/live target/);
    expect(onDump.steps.map((s) => s.id)).not.toContain('pool-hit-tag');
    const onLocal = new Investigation({ playbook: poolGrowthPlaybook, env: { runner: new ScriptedRunner(), target: { kind: 'local', offline: false } } });
    expect(onLocal.unavailable.map((u) => u.id)).toEqual(['pool-hit-tag']);
    const offline = new Investigation({ playbook: poolGrowthPlaybook, env: { runner: new ScriptedRunner(), target: { kind: 'live', offline: true } } });
    expect(offline.unavailable.map((u) => u.id)).toEqual(['snapshots', 'pool-hit-tag']);
    const onLive = new Investigation({ playbook: poolGrowthPlaybook, env: { runner: new ScriptedRunner(), target: live } });
    expect(onLive.unavailable).toEqual([]);
  });

  it('cancel interrupts the command in flight and stops the playbook', async () => {
    const runner = new SeedRunner({ '!verifier 3 Mydriver.sys': (self) => self.hang() });
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: dump } });
    investigation.on((e) => {
      if (e.type === 'step-started' && e.stepId === 'verifier-pool') setTimeout(() => investigation.cancel(), 10);
    });
    expect(await investigation.run()).toBe('cancelled');
    expect(runner.interrupts).toBe(1);
    expect(investigation.step('verifier-pool')!.status).toBe('cancelled');
    expect(investigation.step('caller-lines')!.status).toBe('cancelled');
    expect(runner.seen).not.toContain('ln 0x9a3bf6ac');
  });

  it('re-runs a step: its findings are replaced, not duplicated', async () => {
    const runner = new SeedRunner();
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: dump } });
    await investigation.run();
    const before = investigation.findings.filter((f) => f.kind === 'allocation-site').map((f) => f.id);
    const removed: string[] = [];
    investigation.on((e) => {
      if (e.type === 'finding-removed') removed.push(e.findingId);
    });
    expect(await investigation.rerun('allocation-sites')).toBe('finished');
    expect(removed.sort()).toEqual([...before].sort());
    const after = investigation.findings.filter((f) => f.kind === 'allocation-site');
    expect(after).toHaveLength(3);
    expect(after.map((f) => f.id)).not.toEqual(before);
    await investigation.rerun('caller-lines', { following: true });
    expect(investigation.findings.filter((f) => f.kind === 'allocation-site')).toHaveLength(3);
  });

  it('a dead debugger fails the step and skips the rest with the reason', async () => {
    const runner = new SeedRunner({
      '!verifier 3 Mydriver.sys': () => Promise.reject(new Error('kd.exe exited with code 1')),
    });
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: dump } });
    expect(await investigation.run()).toBe('failed');
    expect(investigation.step('verifier-pool')).toMatchObject({ status: 'failed', reason: 'kd.exe exited with code 1' });
    expect(investigation.step('caller-lines')!.reason).toMatch(/debugger is not available/);
    expect(investigation.failure).toMatch(/kd\.exe exited/);
  });

  it('a command timeout fails only its step', async () => {
    const timeout = Object.assign(new Error("'!verifier 3' did not finish"), { name: 'CommandTimeoutError' });
    const runner = new SeedRunner({ 'lmv m Mydriver': () => Promise.reject(timeout) });
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: dump } });
    expect(await investigation.run()).toBe('failed');
    expect(investigation.step('driver-symbols')!.status).toBe('failed');
    expect(investigation.step('allocation-sites')!.status).toBe('done');
  });
});

describe('PoolHitTag assistant', () => {
  const poolused = [
    ' Sorting by  NonPaged Pool Consumed',
    '',
    '               NonPaged                  Paged',
    ' Tag     Allocs         Used     Allocs         Used',
    '',
    ' Leak       5040     20643840          0            0\tUNKNOWN pooltag \'Leak\', please update pooltag.txt',
    '',
    ' TOTAL     5040     20643840          0            0',
  ].join('\n');

  it('clears nt!PoolHitTag when collecting a stack fails', async () => {
    const runner = new ScriptedRunner({ '!poolused*': poolused, k: () => Promise.reject(new Error('boom')) as never });
    runner.goHits = true;
    const investigation = new Investigation({ playbook: poolGrowthPlaybook, env: { runner, target: live }, options: { snapshots: 1, poolHitWaitMs: 1000 } });
    expect(await investigation.run()).toBe('failed');
    expect(investigation.step('pool-hit-tag')!.status).toBe('failed');
    const commands = runner.commands;
    expect(commands).toContain('ed nt!PoolHitTag 0x6b61654c');
    expect(commands.at(-1)).toBe('ed nt!PoolHitTag 0');
  });

  it('breaks in when no allocation comes, then clears the tag', async () => {
    const runner = new ScriptedRunner({ '!poolused*': poolused });
    const investigation = new Investigation({ playbook: poolGrowthPlaybook, env: { runner, target: live }, options: { snapshots: 1, poolHitWaitMs: 20 } });
    expect(await investigation.run()).toBe('finished');
    expect(runner.interrupts).toBe(1);
    expect(runner.commands.slice(-3)).toEqual(['ed nt!PoolHitTag 0x6b61654c', 'g', 'ed nt!PoolHitTag 0']);
    expect(investigation.findings.some((f) => f.kind === 'note' && /No allocation of 'Leak'/.test(f.title))).toBe(true);
  });
});
