// Damaged debugger output (escape sequences, NULs, backspaces, undecodable bytes) makes
// a step inconclusive with a warning naming the command, and the conclusion says so —
// never "found" over quietly smaller findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordedAnswers } from '../../../electron/debugger/recordedAnswers';
import { recordingFromTextLog } from '../../../electron/debugger/replayRecording';
import type { CommandRunner, RunnerCommandResult } from '../../../electron/investigation/commandRunner';
import { Investigation } from '../../../electron/investigation/investigationEngine';
import { assessOutputDamage, damagedCommands } from '../../../electron/investigation/outputDamage';
import { leakAtUnloadPlaybook } from '../../../electron/investigation/playbooks/leakAtUnload/leakAtUnloadPlaybook';
import { repoRoot } from '../../../electron/service/nodeEntryPoints';

const seedLog = readFileSync(path.join(repoRoot, 'test/fixtures/parsers/seed000-article.txt'), 'utf8');

/** The seed's debugger, with `damage` applied to the answer of every command it matches. */
class DamagingRunner implements CommandRunner {
  private readonly seed = new RecordedAnswers(recordingFromTextLog(seedLog, 'seed000-article.txt').commands);
  constructor(
    private readonly matches: (command: string) => boolean,
    private readonly damage: (output: string) => string,
  ) {}
  hasAnswer(): boolean {
    return true;
  }
  recordedCommands(): string[] {
    return this.seed.commands();
  }
  async execute(command: string): Promise<RunnerCommandResult> {
    const output = this.seed.take(command) ?? '';
    return { command, output: this.matches(command) ? this.damage(output) : output, durationMs: 0 };
  }
  async executeBatch(commands: string[]): Promise<RunnerCommandResult[]> {
    const out: RunnerCommandResult[] = [];
    for (const c of commands) out.push(await this.execute(c));
    return out;
  }
}

/** What kdsim's garbage fault does: a snippet after some line breaks. */
const garble = (output: string) => output.replace(/\n/g, (nl, at: number) => (at % 3 === 0 ? `${nl}\x1b[31m` : at % 3 === 1 ? `${nl}\ufffd\ufffd` : nl));

describe('assessOutputDamage', () => {
  it('counts lines with C0/C1 controls, DEL or U+FFFD; tabs and CRLF are not damage', () => {
    expect(assessOutputDamage('a\tb\r\nc\n')).toEqual({ lines: 0, damagedLines: 0, example: null });
    expect(assessOutputDamage('one\n\x1b[31mtwo\nthree\x00\n\ufffd\ufffdfour\nfi\x08\x08ve\nsix\u009d\n\n')).toEqual({ lines: 6, damagedLines: 5, example: '\x1b[31mtwo' });
    expect(assessOutputDamage('x\u007fy').damagedLines).toBe(1);
  });

  it('names only recorded commands with damaged output', () => {
    const found = damagedCommands([
      { command: 'lm', output: 'fine\n', recorded: true },
      { command: '!verifier 3 x.sys', output: 'ok\n\x1b[2Kbad\n', recorded: true },
      { command: '!pool 0', output: '\x00', recorded: false },
    ]);
    expect(found.map((d) => [d.command, d.damagedLines, d.lines])).toEqual([['!verifier 3 x.sys', 1, 2]]);
  });
});

describe('a step whose output came back damaged', () => {
  it('ends inconclusive with a warning naming the command, and the conclusion says the output was damaged', async () => {
    const runner = new DamagingRunner((c) => c.startsWith('!verifier 3'), garble);
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: { kind: 'dump', offline: false } } });
    expect(await investigation.run()).toBe('finished');
    const step = investigation.step('verifier-pool')!;
    expect(step.status).toBe('inconclusive');
    expect(step.reason).toMatch(/damaged output from !verifier 3 \S+/i);
    const warnings = investigation.findings.filter((f) => f.stepId === 'verifier-pool' && f.kind === 'warning' && f.code === 'unreadable-output');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.detail).toMatch(/The output of !verifier 3 \S+ was damaged .* \d+ of \d+ lines .*\\x1b\[31m|\\ufffd/);
    expect(investigation.conclusion!.verdict).toBe('inconclusive');
    expect(investigation.conclusion!.summary).toMatch(/inconclusive \(damaged output from !verifier 3/);
    // Other steps read clean output and stay done.
    expect(investigation.step('analyze')!.status).toBe('done');
  });

  it('the same seed undamaged: every step done, no such warning, a firm conclusion', async () => {
    const runner = new DamagingRunner(() => false, (o) => o);
    const investigation = new Investigation({ playbook: leakAtUnloadPlaybook, env: { runner, target: { kind: 'dump', offline: false } } });
    const status = await investigation.run();
    expect({ status, failure: investigation.failure }).toEqual({ status: 'finished', failure: null });
    expect(investigation.steps.filter((s) => s.status === 'inconclusive')).toEqual([]);
    expect(investigation.findings.filter((f) => f.kind === 'warning' && f.code === 'unreadable-output')).toEqual([]);
    expect(investigation.conclusion!.verdict).toBe('found');
  });
});
