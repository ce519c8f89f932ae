// Investigation requests and the event that streams their progress to the UI.
import { z } from 'zod';
import { conclusionSchema } from './conclusionTypes';
import type { InvestigationEvent } from './investigationEvents';

export const playbookIdSchema = z.enum(['leak-at-unload', 'pool-growth', 'corruption']);

/** Module names go back onto a debugger command line: strict. */
export const driverNameSchema = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/, 'a module name like MyDriver.sys');

export const reportFormatSchema = z.enum(['markdown', 'html', 'json']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

const investigationEventTypes = new Set<string>([
  'investigation-started',
  'step-started',
  'step-progress',
  'command-finished',
  'step-finished',
  'finding-added',
  'finding-removed',
  'conclusion',
  'investigation-finished',
]);

/** Shape check of an event from the core (the UI treats it as untrusted JSON). */
export const investigationEventSchema = z.custom<InvestigationEvent>((value) => {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as { type?: unknown; investigationId?: unknown };
  if (typeof event.type !== 'string' || !investigationEventTypes.has(event.type) || typeof event.investigationId !== 'string') return false;
  // The conclusion is the answer the UI shows first: check its whole shape.
  return event.type !== 'conclusion' || conclusionSchema.safeParse((value as { conclusion?: unknown }).conclusion).success;
}, 'not an investigation event');
