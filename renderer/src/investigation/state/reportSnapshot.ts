// The part of the core's report (`investigation.snapshot`) the view reads: steps with
// their commands and raw outputs, findings, status and the conclusion. The shape is the
// contract's report schema; the data comes from the core over the bridge, so it is
// checked against it, never trusted blindly.
import { investigationReportSchema } from '../../../../electron/contract';
import type { z } from 'zod';
import { conclusionOf, type Conclusion } from './reportConclusion';

const snapshotSchema = investigationReportSchema
  .pick({ status: true, failure: true, playbook: true, playbookTitle: true, findings: true, steps: true, unavailableSteps: true })
  .extend({ target: investigationReportSchema.shape.target.pick({ kind: true, offline: true }) });

export type ReportSnapshot = z.infer<typeof snapshotSchema> & { conclusion: Conclusion | null };

/** The core's report → the snapshot, or null when it is not a report we can read. */
export function readReportSnapshot(value: unknown): ReportSnapshot | null {
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) return null;
  // An unreadable conclusion leaves the rest of the report readable.
  const { conclusion: answer, conclusionMessages } = value as { conclusion?: unknown; conclusionMessages?: unknown };
  const conclusion = conclusionOf(answer, conclusionMessages);
  return { ...parsed.data, conclusion };
}
