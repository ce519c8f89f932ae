// The report model (contract): the object the JSON report is, which Markdown and
// HTML render and the UI reads back (investigation.exportReport {format:'json'}).
// Declared once here; electron/investigation/reports builds it, the renderer
// checks what it receives against the same schema. Findings and sites keep their
// TypeScript declarations (findingTypes.ts): here they are checked for being
// objects, their inner shape where they are read. Pure: no Node imports.
import { z } from 'zod';
import { conclusionMessagesWireSchema } from './conclusionMessages';
import { conclusionSchema } from './conclusionTypes';
import { stepReasonSchema } from './stepReasons';
import type { AllocationSite, BugcheckSummary, Finding, LeakTotals } from './findingTypes';

const playbookIdSchema = z.enum(['leak-at-unload', 'pool-growth', 'corruption']);
const stepStatusSchema = z.enum(['pending', 'running', 'done', 'inconclusive', 'skipped', 'failed', 'cancelled']);

const objectValue = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const findingLike = (v: unknown): boolean =>
  objectValue(v) && ['id', 'kind', 'stepId'].every((key) => typeof (v as Record<string, unknown>)[key] === 'string');

/** One command a step issued, with its raw output (very long outputs keep their head and tail). */
export const reportCommandSchema = z.object({
  command: z.string(),
  /** Raw output (LF). */
  output: z.string(),
  outputOmittedChars: z.number(),
  durationMs: z.number(),
  /** False when an offline log had no answer for this command. */
  recorded: z.boolean(),
});
export type ReportCommand = z.infer<typeof reportCommandSchema>;

export const reportStepSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  status: stepStatusSchema,
  reason: z.string().nullable(),
  // Reports saved before reasons were typed have none.
  reasonMessage: stepReasonSchema.nullable().optional(),
  durationMs: z.number().nullable(),
  roundTrips: z.number(),
  commands: z.array(reportCommandSchema),
});
export type ReportStep = z.infer<typeof reportStepSchema>;

export const reportTargetSchema = z.object({
  kind: z.enum(['dump', 'live', 'local']),
  offline: z.boolean(),
  /** "demo target mydriver-x86", "kd -z C:\dumps\MEMORY.DMP", "transcript session.log". */
  description: z.string(),
  kernelVersion: z.string().nullable(),
  debuggerVersion: z.string().nullable(),
  dumpFile: z.string().nullable(),
});
export type ReportTarget = z.infer<typeof reportTargetSchema>;

export const investigationReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.literal('PoolSleuth'),
  /** The answer first (DESIGN.md §5), for every playbook. */
  conclusion: conclusionSchema,
  /** The conclusion's summary and next step typed, for the UI to translate (absent in older reports). */
  conclusionMessages: conclusionMessagesWireSchema.optional(),
  generatedAt: z.string(),
  status: z.enum(['running', 'finished', 'failed', 'cancelled']),
  failure: z.string().nullable(),
  playbook: z.union([playbookIdSchema, z.literal('triage')]),
  playbookTitle: z.string(),
  target: reportTargetSchema,
  bugcheck: z.custom<BugcheckSummary>(objectValue).nullable(),
  driver: z.string().nullable(),
  leak: z.custom<LeakTotals>(objectValue).nullable(),
  sites: z.array(z.custom<AllocationSite>(objectValue)),
  findings: z.array(z.custom<Finding>(findingLike)),
  steps: z.array(reportStepSchema),
  /** Steps of the playbook this target cannot run (e.g. PoolHitTag on a dump). */
  unavailableSteps: z.array(z.object({ id: z.string(), title: z.string(), why: z.string(), reason: z.string(), reasonMessage: stepReasonSchema.optional() })),
  warnings: z.array(z.string()),
  /** Debugger round trips the investigation cost (batched commands count once). */
  roundTrips: z.number(),
});
export type InvestigationReport = z.infer<typeof investigationReportSchema>;
