import { describe, expect, it } from 'vitest';
import type { Finding, InvestigationEvent } from '../../../../electron/contract';
import { investigationReducer, type InvestigationAction } from '../../../../renderer/src/investigation/state/investigationReducer';
import { initialInvestigationState, type InvestigationViewState } from '../../../../renderer/src/investigation/state/investigationViewState';
import { readReportSnapshot } from '../../../../renderer/src/investigation/state/reportSnapshot';
import { mydriverReport, mydriverReportJson } from './fixtures';

const id = 'inv-1';
const fold = (actions: InvestigationAction[], from: InvestigationViewState = initialInvestigationState) => actions.reduce(investigationReducer, from);
const ev = (event: InvestigationEvent): InvestigationAction => ({ type: 'event', event });
const finding = (fid: string, stepId: string): Finding => ({ id: fid, stepId, severity: 'info', title: fid, detail: null, kind: 'note' });
const step = (sid: string) => ({ id: sid, title: `Title ${sid}`, why: `Why ${sid}` });

/** The triage, then the chosen playbook adopting it (same id), as the core emits them. */
const triageThenPlaybook: InvestigationAction[] = [
  { type: 'start-requested' },
  ev({ type: 'investigation-started', investigationId: id, playbook: 'triage', title: 'Triage', target: { kind: 'dump', offline: false }, steps: [step('analyze')], unavailable: [] }),
  ev({ type: 'step-started', investigationId: id, stepId: 'analyze' }),
  ev({ type: 'command-finished', investigationId: id, stepId: 'analyze', command: '!analyze -v', durationMs: 6, recorded: true }),
  ev({ type: 'finding-added', investigationId: id, finding: finding('f1', 'analyze') }),
  ev({ type: 'step-finished', investigationId: id, stepId: 'analyze', status: 'done', reason: null, durationMs: 10 }),
  ev({ type: 'investigation-finished', investigationId: id, status: 'finished', reason: null }),
  ev({
    type: 'investigation-started',
    investigationId: id,
    playbook: 'leak-at-unload',
    title: 'Leak at driver unload',
    target: { kind: 'dump', offline: false },
    steps: [step('preflight'), step('analyze'), step('caller-lines'), step('allocation-stacks')],
    unavailable: [{ ...step('pool-hit-tag'), reason: 'needs a live target (a dump cannot run)', reasonMessage: { code: 'needs-live-target' } }],
  }),
];

describe('investigationReducer', () => {
  it('keeps the triage step and its findings when the chosen playbook adopts it', () => {
    const s = fold(triageThenPlaybook);
    expect(s.phase).toBe('running');
    expect(s.playbook).toBe('leak-at-unload');
    expect(s.steps.map((x) => [x.id, x.status])).toEqual([
      ['preflight', 'pending'],
      ['analyze', 'done'],
      ['caller-lines', 'pending'],
      ['allocation-stacks', 'pending'],
    ]);
    expect(s.steps[1]!.commands.map((c) => c.command)).toEqual(['!analyze -v']);
    expect(s.findings.map((f) => f.id)).toEqual(['f1']);
    expect(s.unavailable).toEqual([{ ...step('pool-hit-tag'), reason: 'needs a live target (a dump cannot run)', reasonMessage: { code: 'needs-live-target' } }]);
  });

  it('does not end the run on the triage’s investigation-finished while our request is open', () => {
    const s = fold(triageThenPlaybook.slice(0, 7));
    expect(s.phase).toBe('running');
    expect(fold([{ type: 'request-settled', status: 'finished' }], s).phase).toBe('finished');
  });

  it('folds progress, commands, skips and failures into the steps', () => {
    const s = fold([
      ...triageThenPlaybook,
      ev({ type: 'step-started', investigationId: id, stepId: 'caller-lines' }),
      ev({ type: 'step-progress', investigationId: id, stepId: 'caller-lines', progress: { done: 0, total: 3, message: 'ln on 3 callers' } }),
      ev({ type: 'command-finished', investigationId: id, stepId: 'caller-lines', command: 'ln 0x1', durationMs: 1, recorded: true }),
      ev({ type: 'step-progress', investigationId: id, stepId: 'caller-lines', progress: { done: 3, total: 3, message: null } }),
    ]);
    const lines = s.steps.find((x) => x.id === 'caller-lines')!;
    expect(lines.status).toBe('running');
    expect(lines.progress).toEqual({ done: 3, total: 3, message: null });
    expect(lines.commands).toEqual([{ command: 'ln 0x1', durationMs: 1, recorded: true, output: null, outputOmittedChars: 0 }]);

    const done = fold(
      [
        ev({ type: 'step-finished', investigationId: id, stepId: 'caller-lines', status: 'skipped', reason: 'No outstanding allocations.', durationMs: 0 }),
        ev({ type: 'step-finished', investigationId: id, stepId: 'allocation-stacks', status: 'failed', reason: 'timeout', durationMs: 5 }),
        ev({ type: 'investigation-finished', investigationId: id, status: 'failed', reason: 'Collect allocation call stacks failed: timeout' }),
        { type: 'request-settled', status: 'failed' },
      ],
      s,
    );
    expect(done.steps.map((x) => x.status)).toEqual(['pending', 'done', 'skipped', 'failed']);
    expect(done.phase).toBe('failed');
    expect(done.reason).toBe('Collect allocation call stacks failed: timeout');
  });

  it('re-runs a step: pending at once, its findings removed, commands replaced', () => {
    const base = fold([
      ...triageThenPlaybook,
      ev({ type: 'step-started', investigationId: id, stepId: 'caller-lines' }),
      ev({ type: 'command-finished', investigationId: id, stepId: 'caller-lines', command: 'ln 0x1', durationMs: 1, recorded: true }),
      ev({ type: 'finding-added', investigationId: id, finding: finding('f2', 'caller-lines') }),
      ev({ type: 'step-finished', investigationId: id, stepId: 'caller-lines', status: 'done', reason: null, durationMs: 2 }),
      ev({ type: 'step-finished', investigationId: id, stepId: 'allocation-stacks', status: 'done', reason: null, durationMs: 2 }),
      { type: 'request-settled', status: 'finished' },
    ]);
    const requested = investigationReducer(base, { type: 'rerun-requested', stepId: 'caller-lines', following: true });
    expect(requested.phase).toBe('running');
    expect(requested.steps.map((x) => x.status)).toEqual(['pending', 'done', 'pending', 'pending']);

    const rerun = fold(
      [
        ev({ type: 'finding-removed', investigationId: id, findingId: 'f2' }),
        ev({ type: 'step-started', investigationId: id, stepId: 'caller-lines' }),
        ev({ type: 'command-finished', investigationId: id, stepId: 'caller-lines', command: 'ln 0x2', durationMs: 1, recorded: true }),
        ev({ type: 'step-finished', investigationId: id, stepId: 'caller-lines', status: 'done', reason: null, durationMs: 1 }),
        ev({ type: 'investigation-finished', investigationId: id, status: 'finished', reason: null }),
      ],
      requested,
    );
    expect(rerun.phase).toBe('running'); // until the request answers
    expect(rerun.findings.map((f) => f.id)).toEqual(['f1']);
    expect(rerun.steps[2]!.commands.map((c) => c.command)).toEqual(['ln 0x2']);
    expect(investigationReducer(rerun, { type: 'request-settled', status: 'finished' }).phase).toBe('finished');
  });

  it('ignores events of another investigation, starts afresh on a new id', () => {
    const s = fold(triageThenPlaybook);
    expect(fold([ev({ type: 'step-started', investigationId: 'other', stepId: 'preflight' })], s)).toBe(s);
    const fresh = fold([ev({ type: 'investigation-started', investigationId: 'inv-2', playbook: 'pool-growth', title: 'Pool growth', target: { kind: 'live', offline: false }, steps: [step('pool-usage')], unavailable: [] })], s);
    expect(fresh.findings).toEqual([]);
    expect(fresh.steps.map((x) => x.id)).toEqual(['pool-usage']);
  });

  it('marks steps never reached as cancelled when the run was cancelled', () => {
    const s = fold([...triageThenPlaybook, ev({ type: 'step-started', investigationId: id, stepId: 'preflight' }), { type: 'request-settled', status: 'cancelled' }]);
    expect(s.steps.map((x) => x.status)).toEqual(['cancelled', 'done', 'cancelled', 'cancelled']);
    expect(s.phase).toBe('cancelled');
  });

  it('reports a start that never began as idle with the reason', () => {
    const s = fold([{ type: 'start-requested' }, { type: 'request-failed', message: 'Not connected. Press Connect first.' }]);
    expect(s.phase).toBe('idle');
    expect(s.reason).toBe('Not connected. Press Connect first.');
  });

  it('merges the report’s command outputs into the steps shown', () => {
    const report = readReportSnapshot(JSON.parse(mydriverReportJson))!;
    const s = fold([
      ...triageThenPlaybook.slice(0, 7),
      { type: 'request-settled', status: 'finished' },
      { type: 'report-loaded', report },
    ]);
    expect(s.outputsLoaded).toBe(true);
    expect(s.steps[0]!.commands[0]!.output).toContain('Bugcheck Analysis');
  });

  it('restores the whole view from the report after a page load', () => {
    const report = readReportSnapshot(JSON.parse(mydriverReportJson))!;
    const s = investigationReducer(initialInvestigationState, { type: 'report-loaded', report });
    expect(s.id).toBe('report');
    expect(s.phase).toBe('finished');
    expect(s.playbook).toBe('leak-at-unload');
    expect(s.steps.map((x) => x.id)).toEqual(mydriverReport.steps.map((x) => x.id));
    expect(s.findings.filter((f) => f.kind === 'allocation-site')).toHaveLength(3);
    expect(s.steps.find((x) => x.id === 'caller-lines')!.commands[0]).toMatchObject({ command: 'ln 0x9a3bf6ac', output: expect.stringContaining('handleioctl.c(50)') });
  });

  it('rejects data that is not a report', () => {
    expect(readReportSnapshot('not a report')).toBeNull();
    expect(readReportSnapshot({ status: 3 })).toBeNull();
  });

  it('shows the conclusion event of this run, not the triage’s once the playbook starts', () => {
    const answer = { verdict: 'found' as const, summary: 'MyDriver.sys leaks 3 allocations.', suspects: [], next: null };
    const triageAnswer = { ...answer, verdict: 'inconclusive' as const, summary: 'Triage only.' };
    const [start, triageStarted, ...rest] = triageThenPlaybook;
    let s = fold([start!, triageStarted!, ev({ type: 'conclusion', investigationId: id, conclusion: triageAnswer })]);
    expect(s.conclusion?.summary).toBe('Triage only.');
    s = fold(rest, s);
    expect(s.conclusion).toBeNull();
    s = fold([ev({ type: 'conclusion', investigationId: id, conclusion: answer }), ev({ type: 'conclusion', investigationId: 'other', conclusion: triageAnswer })], s);
    expect(s.conclusion).toEqual(answer);
    // A re-run asks the question again.
    expect(investigationReducer(s, { type: 'rerun-requested', stepId: 'analyze', following: true }).conclusion).toBeNull();
  });
});
