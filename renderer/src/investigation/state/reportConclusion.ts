// The report's top-level `conclusion` (contract): the answer of the run in one
// object — a verdict, the core's one-paragraph summary, the suspects the evidence
// names, and the next step when it does not decide. Checked here because it comes
// from the core as JSON text; an unreadable one is treated as absent.
import { z } from 'zod';

const nullableText = z.string().max(4096).nullable().catch(null);
const nullableCount = z.number().finite().nullable().catch(null);

const suspectSchema = z.object({
  driver: nullableText,
  tag: nullableText,
  function: nullableText,
  file: nullableText,
  line: z.number().int().min(0).nullable().catch(null),
  allocations: nullableCount,
  bytes: nullableCount,
  growthBytesPerMinute: nullableCount,
});

export const conclusionSchema = z.object({
  verdict: z.enum(['found', 'inconclusive', 'nothing-found']),
  summary: z.string().max(8192),
  suspects: z.array(suspectSchema).max(1000).catch([]),
  next: nullableText,
});

export type ConclusionSuspect = z.infer<typeof suspectSchema>;
export type Conclusion = z.infer<typeof conclusionSchema>;
export type ConclusionVerdict = Conclusion['verdict'];

/** The conclusion of a parsed report value, or null when it has none we can read. */
export function conclusionOf(value: unknown): Conclusion | null {
  const parsed = conclusionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
