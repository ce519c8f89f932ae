// The conclusion of an investigation: the playbook's builder, then two honesty rules —
// steps that did not complete turn "found" into "inconclusive" and say which, and a
// target whose answers held nothing readable is never concluded from.
import type { Conclusion } from '../../contract/conclusionTypes';
import type { InvestigationStatus } from '../../contract/investigationEvents';
import type { InvestigationFacts } from '../investigationFacts';
import type { PlaybookId } from '../stepTypes';
import type { ConclusionInput } from './conclusionInput';
import { corruptionConclusion } from './corruptionConclusion';
import { describeGaps, evidenceGaps } from './evidenceGaps';
import { growthConclusion } from './growthConclusion';
import { leakConclusion } from './leakConclusion';

const builders: Record<PlaybookId, (input: ConclusionInput) => Conclusion> = {
  'leak-at-unload': leakConclusion,
  'pool-growth': growthConclusion,
  corruption: corruptionConclusion,
};

/** Nothing a parser recognised came back: no bug check line, no analysis field, no stack, no table. */
export function nothingReadable(facts: InvestigationFacts): boolean {
  const a = facts.analyze;
  const analyzeRead = a !== null && (a.bugcheck.code !== null || Object.keys(a.fields).length > 0 || a.stack.length > 0);
  const anyTable =
    facts.verifier !== null && (facts.verifier.flags !== null || facts.verifier.drivers.length > 0)
      ? true
      : facts.vm?.nonPagedUsageKb != null || (facts.poolUsedByNonPaged?.rows.length ?? 0) > 0 || (facts.poolUsedByPaged?.rows.length ?? 0) > 0 || (facts.pool?.blocks.length ?? 0) > 0;
  return !analyzeRead && !anyTable && facts.verifiedDriversHoldingPool === null;
}

export function concludeInvestigation(
  playbook: PlaybookId | 'triage',
  status: InvestigationStatus,
  failure: string | null,
  input: ConclusionInput,
): Conclusion {
  const ran = input.steps.some((s) => s.commands.length > 0);
  if (ran && nothingReadable(input.facts)) {
    const sample = input.steps.flatMap((s) => s.commands).find((c) => c.output.trim() !== '')?.output.trim().split('\n').slice(0, 2).join(' ⏎ ');
    return {
      verdict: 'inconclusive',
      summary: `The debugger's answers held nothing PoolSleuth could read: no bug check, no analysis, no pool or verifier table${sample ? ` (it printed: “${sample.slice(0, 160)}”)` : ' (it printed nothing)'}. No conclusion can be drawn.`,
      suspects: [],
      next: 'Check that the target is kd or cdb with a dump or kernel target loaded and its symbols resolving (run !analyze -v in the console), then run the investigation again.',
    };
  }
  if (playbook === 'triage') {
    return {
      verdict: 'inconclusive',
      summary: `The triage did not finish${failure ? `: ${failure}` : ''}, so no playbook ran.`,
      suspects: [],
      next: 'Run the investigation again once the debugger answers (or choose the playbook yourself).',
    };
  }
  const conclusion = builders[playbook](input);
  const gaps = evidenceGaps(input.steps);
  if (gaps.length === 0 && status === 'finished') return conclusion;
  const why = gaps.length > 0 ? describeGaps(gaps) : (failure ?? `the investigation ${status}`);
  const firstGap = gaps.find((g) => g.status !== 'no data');
  const rerun = firstGap ? `Run the step ‘${firstGap.title}’ again${status === 'cancelled' ? ' (it was cancelled)' : ''}.` : null;
  if (conclusion.verdict === 'found' || conclusion.verdict === 'nothing-found') {
    const sofar = conclusion.verdict === 'found' ? `What was read so far: ${conclusion.summary}` : `What was read so far found nothing, but that is not proof: ${conclusion.summary}`;
    return { verdict: 'inconclusive', summary: `Incomplete evidence: ${why}. ${sofar}`, suspects: conclusion.suspects, next: rerun ?? conclusion.next };
  }
  return { ...conclusion, summary: `Incomplete evidence: ${why}. ${conclusion.summary}`, next: conclusion.next ?? rerun };
}
