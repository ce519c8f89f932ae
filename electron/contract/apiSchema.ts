// The API between UI and core: one table of request methods (params + result
// schemas) and one table of events. Every shell (Electron IPC, WebSocket, CLI)
// validates against these same schemas. Pure: no Node imports.
import { z } from 'zod';
import { consoleNoteSpanSchema } from './consoleNotes';
import { failureMessageWireSchema } from './failureMessages';
import { driverNameSchema, investigationEventSchema, playbookIdSchema, reportFormatSchema } from './investigationApi';
import { investigationReportSchema } from './investigationReportTypes';
import { promptAnswerSchema, promptIdSchema, promptRequestSchema } from './promptTypes';
import { savedSecretRequestSchemas } from './savedSecretsApi';
import { scenarioInfoSchema, sessionStateSchema, targetSpecSchema } from './sessionTypes';
import { workspaceEventSchemas, workspaceRequestSchemas } from './workspaceApi';

const emptyParams = z.object({}).strict();

/** Optional tuning of an investigation (the CLI's flags); anything left out keeps the playbook's default. */
const investigationTuningSchema = z
  .object({
    /** The text of a pooltag.txt naming tag owners (pool growth). */
    poolTagFile: z.string().max(16 * 1024 * 1024).optional(),
    /** Live targets: `!poolused` snapshots taken, and seconds the target runs between them. */
    snapshots: z.number().int().min(2).max(1000).optional(),
    snapshotIntervalSeconds: z.number().min(0).max(24 * 3600).optional(),
    /** Live targets: the tag for the PoolHitTag assistant (default: the fastest-growing tag). */
    poolHitTag: z.string().min(1).max(4).optional(),
    /** PoolHitTag hits to collect, and seconds to let the target run waiting for one. */
    poolHitCount: z.number().int().min(1).max(1000).optional(),
    poolHitWaitSeconds: z.number().min(1).max(24 * 3600).optional(),
  })
  .strict();
const okResult = z.object({ ok: z.literal(true) });

export const requestSchemas = {
  'session.connect': {
    params: z.object({ target: targetSpecSchema }).strict(),
    result: okResult,
  },
  'session.disconnect': { params: emptyParams, result: okResult },
  /**
   * A line the user typed in the console. Queued and framed like any command. The
   * output reaches the console (`console.output`) and only there: the reply says the
   * command completed, so a million-line `!verifier 0x80` is never sent twice.
   */
  'session.sendLine': {
    params: z.object({ line: z.string().max(8192).refine((s) => !/[\r\n]/.test(s), 'one line only') }).strict(),
    result: okResult,
  },
  'session.break': { params: emptyParams, result: okResult },
  'session.getState': { params: emptyParams, result: sessionStateSchema },
  /** A console view (re)attached, e.g. after a page reload: it has nothing unacknowledged. */
  'console.attach': { params: emptyParams, result: okResult },
  /** Flow control: the UI reports how many console characters it has rendered. */
  'console.ack': {
    params: z.object({ chars: z.number().int().min(0).max(1 << 30) }).strict(),
    result: okResult,
  },
  'demo.listScenarios': { params: emptyParams, result: z.object({ scenarios: z.array(scenarioInfoSchema) }) },
  /** Runs a playbook on the connected target (null: chosen from the bug check). Progress arrives as events. */
  'investigation.start': {
    params: z.object({ playbook: playbookIdSchema.nullable(), driver: driverNameSchema.nullable(), tuning: investigationTuningSchema.optional() }).strict(),
    result: z.object({ ok: z.literal(true), status: z.enum(['finished', 'failed', 'cancelled']) }),
  },
  'investigation.cancel': { params: emptyParams, result: okResult },
  /** Runs a step of the last investigation again (with `following`, the steps after it too). */
  'investigation.rerunStep': {
    params: z.object({ stepId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), following: z.boolean() }).strict(),
    result: z.object({ ok: z.literal(true), status: z.enum(['finished', 'failed', 'cancelled']) }),
  },
  /** The last investigation's report as text, for saving or copying. */
  'investigation.exportReport': {
    params: z.object({ format: reportFormatSchema }).strict(),
    result: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  },
  /** The last investigation's report as data (null before one ran): what the view restores after a reload. */
  'investigation.snapshot': {
    params: emptyParams,
    result: z.object({ report: investigationReportSchema.nullable() }),
  },
  /** The user's answer to a `prompt.request` event. */
  'prompt.answer': {
    params: z.object({ promptId: promptIdSchema, answer: promptAnswerSchema }).strict(),
    result: okResult,
  },
  ...workspaceRequestSchemas,
  ...savedSecretRequestSchemas,
} as const;

export type RequestMethod = keyof typeof requestSchemas;
export type RequestParams<M extends RequestMethod> = z.input<(typeof requestSchemas)[M]['params']>;
export type RequestResult<M extends RequestMethod> = z.infer<(typeof requestSchemas)[M]['result']>;
export const requestMethods = Object.keys(requestSchemas) as RequestMethod[];

export const eventSchemas = {
  'session.state': sessionStateSchema,
  /** Console text exactly as a person would see it: prompts, commands, output; never markers. */
  /** `notes`: where the core's own typed lines (contract/consoleNotes.ts) sit in `data`, for the page to show them in its language. */
  'console.output': z.object({ data: z.string(), notes: z.array(consoleNoteSpanSchema).max(256).optional() }),
  /** The core needs an answer from the user (host key, password…). */
  'prompt.request': promptRequestSchema,
  /** Progress and findings of the running investigation. */
  'investigation.event': investigationEventSchema,
  ...workspaceEventSchemas,
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const eventNames = Object.keys(eventSchemas) as EventName[];

/** Error reply shape used by every shell. */
/** `failure`: the message typed (contract/failureMessages.ts) when the core has it so; `message` is its English. */
export const apiErrorSchema = z.object({ code: z.string(), message: z.string(), failure: failureMessageWireSchema.optional() });
export type ApiError = z.infer<typeof apiErrorSchema>;
