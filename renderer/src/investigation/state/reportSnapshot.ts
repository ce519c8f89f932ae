// The part of the core's JSON report (`investigation.exportReport {format:'json'}`)
// the view reads: steps with their commands and raw outputs, findings, status.
// The text comes from the core over the bridge: checked, never trusted blindly.
import { z } from 'zod';
import type { Finding } from '../../../../electron/contract';
import { conclusionOf, type Conclusion } from './reportConclusion';

const commandSchema = z.object({
  command: z.string(),
  output: z.string(),
  outputOmittedChars: z.number().catch(0),
  durationMs: z.number().catch(0),
  recorded: z.boolean().catch(true),
});

const stepSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string().catch(''),
  status: z.enum(['pending', 'running', 'done', 'skipped', 'failed', 'cancelled']),
  reason: z.string().nullable().catch(null),
  durationMs: z.number().nullable().catch(null),
  commands: z.array(commandSchema).catch([]),
});

const reportSchema = z.object({
  status: z.string(),
  failure: z.string().nullable().catch(null),
  playbook: z.enum(['leak-at-unload', 'pool-growth', 'corruption']).nullable().catch(null),
  playbookTitle: z.string().nullable().catch(null),
  target: z.object({ kind: z.enum(['dump', 'live', 'local']), offline: z.boolean() }).nullable().catch(null),
  // Findings are the contract's Finding objects; their inner shape is checked where they are read.
  findings: z.array(z.looseObject({ id: z.string(), kind: z.string(), stepId: z.string() })).catch([]),
  steps: z.array(stepSchema).catch([]),
  unavailableSteps: z.array(z.object({ id: z.string(), title: z.string(), why: z.string().catch(''), reason: z.string() })).catch([]),
});

export type ReportSnapshot = Omit<z.infer<typeof reportSchema>, 'findings'> & { findings: Finding[]; conclusion: Conclusion | null };

/** The report's JSON text → the snapshot, or null when it is not a report we can read. */
export function parseReportSnapshot(json: string): ReportSnapshot | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) return null;
  const conclusion = typeof value === 'object' && value !== null ? conclusionOf((value as { conclusion?: unknown }).conclusion) : null;
  return { ...parsed.data, findings: parsed.data.findings as unknown as Finding[], conclusion };
}
