// What kept the evidence from being complete: steps that failed, were cancelled, gave
// unreadable output or had no data in a recorded log. A conclusion never says "found"
// over such gaps without saying so.
import type { StepRecord } from '../stepTypes';

export interface EvidenceGap {
  stepId: string;
  title: string;
  status: string;
  reason: string | null;
}

const COMPLETE = new Set(['done', 'skipped']);

/** Skipped because an earlier step lost the debugger: the step never ran. */
const NOT_RUN = /^The debugger is not available/;
const NO_DATA = /^No data in the recorded log/;

export function evidenceGaps(steps: readonly StepRecord[]): EvidenceGap[] {
  return steps
    .filter((s) => !COMPLETE.has(s.status) || (s.status === 'skipped' && (NO_DATA.test(s.reason ?? '') || NOT_RUN.test(s.reason ?? ''))))
    .map((s) => ({
      stepId: s.id,
      title: s.title,
      status: s.status === 'skipped' ? (NO_DATA.test(s.reason ?? '') ? 'no data' : 'not run') : s.status,
      reason: s.reason,
    }));
}

/** "‘Read the verifier log’ failed (timed out); ‘Find …’ was cancelled". */
export function describeGaps(all: readonly EvidenceGap[]): string {
  const notRun = all.filter((g) => g.status === 'not run' || g.status === 'pending');
  const gaps = all.filter((g) => !notRun.includes(g));
  const tail = notRun.length > 0 ? [`${notRun.length === 1 ? `‘${notRun[0]!.title}’` : `${notRun.length} later steps`} did not run`] : [];
  const verb = (g: EvidenceGap) => (g.status === 'cancelled' ? 'was cancelled' : g.status === 'no data' ? 'had no data in the recorded log' : g.status === 'failed' ? 'failed' : `was ${g.status}`);
  return [...gaps.map((g) => `‘${g.title}’ ${verb(g)}${g.reason && g.status !== 'cancelled' && g.status !== 'no data' ? ` (${g.reason.replace(/\.$/, '')})` : ''}`), ...tail].join('; ');
}
