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

export function evidenceGaps(steps: readonly StepRecord[]): EvidenceGap[] {
  return steps
    .filter((s) => !COMPLETE.has(s.status) || (s.status === 'skipped' && /^No data in the recorded log/.test(s.reason ?? '')))
    .map((s) => ({ stepId: s.id, title: s.title, status: s.status === 'skipped' ? 'no data' : s.status, reason: s.reason }));
}

/** "‘Read the verifier log’ failed (timed out); ‘Find …’ was cancelled". */
export function describeGaps(gaps: readonly EvidenceGap[]): string {
  const verb = (g: EvidenceGap) => (g.status === 'cancelled' ? 'was cancelled' : g.status === 'no data' ? 'had no data in the recorded log' : g.status === 'pending' ? 'did not run' : g.status);
  return gaps.map((g) => `‘${g.title}’ ${verb(g)}${g.reason && g.status !== 'cancelled' && g.status !== 'no data' ? ` (${g.reason.replace(/\.$/, '')})` : ''}`).join('; ');
}
