// The conclusion of an investigation: the playbook's builder, then two honesty rules —
// steps that did not complete turn "found" into "inconclusive" and say which, and a
// target whose answers held nothing readable is never concluded from.
import type { Conclusion } from '../../contract/conclusionTypes';
import type { InvestigationStatus } from '../../contract/investigationEvents';
import type { InvestigationFacts } from '../investigationFacts';
import type { PlaybookId } from '../stepTypes';
import { conclusionMessage, conclusionMessageText } from '../../contract/conclusionMessages';
import type { ConclusionInput, TypedConclusion } from './conclusionInput';
import { noSuspectsYet } from './conclusionText';
import { corruptionConclusion } from './corruptionConclusion';
import { evidenceGaps, gapsMessage } from './evidenceGaps';
import { growthConclusion } from './growthConclusion';
import { leakConclusion } from './leakConclusion';

const builders: Record<PlaybookId, (input: ConclusionInput) => TypedConclusion> = {
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

/** The conclusion with its summary and next step typed (the UI translates these). */
export function concludeTyped(playbook: PlaybookId | 'triage', status: InvestigationStatus, failure: string | null, input: ConclusionInput): TypedConclusion {
  const ran = input.steps.some((s) => s.commands.length > 0);
  if (ran && nothingReadable(input.facts)) {
    const sample = input.steps.flatMap((s) => s.commands).find((c) => c.output.trim() !== '')?.output.trim().split('\n').slice(0, 2).join(' ⏎ ');
    const summary = sample ? conclusionMessage('nothing-readable', { sample: sample.slice(0, 160) }) : conclusionMessage('nothing-readable-silent');
    return noSuspectsYet(summary, conclusionMessage('check-debugger-target'));
  }
  if (playbook === 'triage') {
    const summary = failure ? conclusionMessage('triage-failed', { failure }) : conclusionMessage('triage-unfinished');
    return noSuspectsYet(summary, conclusionMessage('run-again-when-answering'));
  }
  const conclusion = builders[playbook](input);
  const gaps = evidenceGaps(input.steps);
  if (gaps.length === 0 && status === 'finished') return conclusion;
  const why = gaps.length > 0 ? gapsMessage(gaps) : failure ? conclusionMessage('text', { text: failure }) : conclusionMessage(`investigation-${status as Exclude<InvestigationStatus, 'finished'>}`);
  const firstGap = gaps.find((g) => g.status !== 'no data');
  const rerun = firstGap ? conclusionMessage(status === 'cancelled' ? 'rerun-cancelled-step' : 'rerun-step', { step: { step: firstGap.stepId, title: firstGap.title } }) : null;
  const sofar = { why: { message: why }, summary: { message: conclusion.summary } };
  if (conclusion.verdict === 'found' || conclusion.verdict === 'nothing-found') {
    return { verdict: 'inconclusive', summary: conclusionMessage(conclusion.verdict === 'found' ? 'incomplete-found' : 'incomplete-nothing-found', sofar), suspects: conclusion.suspects, next: rerun ?? conclusion.next };
  }
  return { ...conclusion, summary: conclusionMessage('incomplete', sofar), next: conclusion.next ?? rerun };
}

/** The English conclusion (reports, the CLI, MCP) of a typed one. */
export function englishConclusion(typed: TypedConclusion): Conclusion {
  return { verdict: typed.verdict, summary: conclusionMessageText(typed.summary), suspects: typed.suspects, next: typed.next ? conclusionMessageText(typed.next) : null };
}

export function concludeInvestigation(playbook: PlaybookId | 'triage', status: InvestigationStatus, failure: string | null, input: ConclusionInput): Conclusion {
  return englishConclusion(concludeTyped(playbook, status, failure, input));
}
