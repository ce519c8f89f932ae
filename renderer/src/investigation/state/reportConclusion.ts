// The report's top-level `conclusion` (contract, electron/contract/conclusionTypes.ts):
// the answer of the run — a verdict, the core's summary, the suspects the evidence
// names, and the next step when it does not decide — with the summary and next step
// typed beside it (`conclusionMessages`, contract/conclusionMessages.ts) for translation.
// It arrives as JSON from the core, so both are checked against the contract's schemas;
// an unreadable conclusion is absent, unreadable or unknown messages leave the English.
import {
  conclusionMessagesSchema,
  conclusionSchema,
  type Conclusion as ContractConclusion,
  type ConclusionMessages,
  type ConclusionSuspect,
  type ConclusionVerdict,
} from '../../../../electron/contract';

/** The conclusion as the view holds it: the English, and the typed messages when the core sent ones this build knows. */
export type Conclusion = ContractConclusion & { messages?: ConclusionMessages };
export type { ConclusionSuspect, ConclusionVerdict };

/** The conclusion of a parsed report value (and its typed messages), or null when it has none we can read. */
export function conclusionOf(value: unknown, messages?: unknown): Conclusion | null {
  const parsed = conclusionSchema.safeParse(value);
  if (!parsed.success) return null;
  const typed = messages === undefined ? null : conclusionMessagesSchema.safeParse(messages);
  return typed?.success ? { ...parsed.data, messages: typed.data } : parsed.data;
}
