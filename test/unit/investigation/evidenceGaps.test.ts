// Which steps keep the evidence from being complete, and how the conclusion names them.
import { describe, expect, it } from 'vitest';
import { describeGaps, evidenceGaps } from '../../../electron/investigation/conclusion/evidenceGaps';
import type { StepRecord, StepStatus } from '../../../electron/investigation/stepTypes';

function step(id: string, status: StepStatus | 'inconclusive', reason: string | null = null): StepRecord {
  return { id, title: `Step ${id}`, why: '', status: status as StepStatus, reason, reasonMessage: null, progress: null, commands: [], findingIds: [], roundTrips: 0, startedAt: null, durationMs: null };
}

describe('evidence gaps', () => {
  it('done and ordinary skips are complete; failures, cancels, lost-debugger skips, offline gaps and any other status are not', () => {
    const steps = [
      step('a', 'done'),
      step('b', 'skipped', 'No outstanding allocations.'),
      step('c', 'failed', 'ln timed out.'),
      step('d', 'skipped', 'The debugger is not available: kd exited'),
      step('e', 'skipped', 'No data in the recorded log (!vm).'),
      step('f', 'cancelled', 'Cancelled.'),
      step('g', 'inconclusive', 'The output was damaged (NUL bytes).'),
    ];
    expect(evidenceGaps(steps).map((g) => [g.stepId, g.status])).toEqual([
      ['c', 'failed'],
      ['d', 'not run'],
      ['e', 'no data'],
      ['f', 'cancelled'],
      ['g', 'inconclusive'],
    ]);
    expect(describeGaps(evidenceGaps(steps))).toBe(
      '‘Step c’ failed (ln timed out); ‘Step e’ had no data in the recorded log; ‘Step f’ was cancelled; ‘Step g’ was inconclusive (The output was damaged (NUL bytes)); ‘Step d’ did not run',
    );
  });
});
