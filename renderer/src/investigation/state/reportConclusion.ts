// The report's top-level `conclusion` (contract, electron/contract/conclusionTypes.ts):
// the answer of the run — a verdict, the core's summary, the suspects the evidence
// names, and the next step when it does not decide. It arrives as JSON text from the
// core, so it is checked against the contract's schema; an unreadable one is absent.
import { conclusionSchema, type Conclusion, type ConclusionSuspect, type ConclusionVerdict } from '../../../../electron/contract';

export type { Conclusion, ConclusionSuspect, ConclusionVerdict };

/** The conclusion of a parsed report value, or null when it has none we can read. */
export function conclusionOf(value: unknown): Conclusion | null {
  const parsed = conclusionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
