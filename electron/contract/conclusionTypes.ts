// The answer an investigation ends with: a verdict, one sentence-level summary, the
// suspects the evidence names and, when the evidence does not decide, the next step to
// run. (contract) Reports, `investigate --json` and the UI's `conclusion` event carry
// exactly this shape; absent values are null, never missing keys.
// Beside it (not in it) they carry `conclusionMessages`: the summary and next step typed
// for the UI to translate (conclusionMessages.ts); `summary` and `next` are its English.
import { z } from 'zod';

/**
 * found: the evidence names at least one suspect and every step that could have
 * contradicted it ran; inconclusive: a step that matters failed, was cancelled, gave
 * unreadable output, or the evidence points nowhere yet (see `next`); nothing-found:
 * every step ran and there is nothing to blame (no leak, no growth).
 */
export const conclusionVerdictSchema = z.enum(['found', 'inconclusive', 'nothing-found']);
export type ConclusionVerdict = z.infer<typeof conclusionVerdictSchema>;

/** One driver and site the evidence names. */
export const conclusionSuspectSchema = z
  .object({
    /** "MyDriver.sys", or the module name from a symbol ("overrun") when no image name is known. */
    driver: z.string().max(256).nullable(),
    /** Pool tag, e.g. "Leak". */
    tag: z.string().max(16).nullable(),
    /** "MyDriver!DeviceControlDispatch+0x4c": the code that allocated (or corrupted). */
    function: z.string().max(1024).nullable(),
    /** Source file as the symbols name it. */
    file: z.string().max(4096).nullable(),
    line: z.number().int().nonnegative().nullable(),
    /** Outstanding allocations (leak) or allocations of the tag (growth). */
    allocations: z.number().int().nonnegative().nullable(),
    bytes: z.number().nonnegative().nullable(),
    /** Pool growth only: bytes per minute over the snapshots (negative when it shrank). */
    growthBytesPerMinute: z.number().nullable(),
  })
  .strict();
export type ConclusionSuspect = z.infer<typeof conclusionSuspectSchema>;

export const conclusionSchema = z
  .object({
    verdict: conclusionVerdictSchema,
    /** Plain English, the answer first: who, what, where; or why there is none yet. */
    summary: z.string().max(4096),
    suspects: z.array(conclusionSuspectSchema).max(1000),
    /** The next step to run when the evidence does not decide; null when nothing is left to do. */
    next: z.string().max(1024).nullable(),
  })
  .strict();
export type Conclusion = z.infer<typeof conclusionSchema>;
