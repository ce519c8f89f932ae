// What kept the evidence from being complete: steps that failed, were cancelled, gave
// unreadable output or had no data in a recorded log. A conclusion never says "found"
// over such gaps without saying so.
import { conclusionMessage, conclusionMessageText, type ConclusionMessage, type ConclusionMessageCode } from '../../contract/conclusionMessages';
import type { StepReason } from '../../contract/stepReasons';
import type { StepRecord } from '../stepTypes';

export interface EvidenceGap {
  stepId: string;
  title: string;
  status: string;
  reason: string | null;
  reasonMessage: StepReason | null;
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
      reasonMessage: s.reasonMessage,
    }));
}

const GAP_CODES: Record<string, [ConclusionMessageCode, ConclusionMessageCode | null]> = {
  failed: ['gap-failed', 'gap-failed-because'],
  cancelled: ['gap-cancelled', null],
  'no data': ['gap-no-data', null],
  inconclusive: ['gap-inconclusive', 'gap-inconclusive-because'],
  running: ['gap-running', 'gap-running-because'],
};

function gapMessage(g: EvidenceGap): ConclusionMessage {
  const step = { step: g.stepId, title: g.title };
  const [plain, because] = GAP_CODES[g.status] ?? ['gap-running', 'gap-running-because'];
  if (g.reason && because) return conclusionMessage(because, { step, reason: { reason: g.reason.replace(/\.$/, ''), message: g.reasonMessage } });
  return conclusionMessage(plain, { step });
}

/** The gaps as one typed message: "‘Read the verifier log’ failed (timed out); ‘Find …’ was cancelled". */
export function gapsMessage(all: readonly EvidenceGap[]): ConclusionMessage {
  const notRun = all.filter((g) => g.status === 'not run' || g.status === 'pending');
  const gaps = all.filter((g) => !notRun.includes(g));
  const tail =
    notRun.length === 0 ? [] : [notRun.length === 1 ? conclusionMessage('gap-not-run', { step: { step: notRun[0]!.stepId, title: notRun[0]!.title } }) : conclusionMessage('gaps-not-run', { count: { count: notRun.length } })];
  return conclusionMessage('text', { text: { list: [...gaps.map(gapMessage), ...tail], join: 'semicolon' } });
}

/** The same in English. */
export function describeGaps(all: readonly EvidenceGap[]): string {
  return conclusionMessageText(gapsMessage(all));
}
