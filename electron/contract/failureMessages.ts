// Why a connect failed: a code with its parameters (the typed message the UI translates)
// and, from this one table, the English the CLI, the MCP server and the reply's `message`
// carry. A debugger that did not start also names what happened to it (`detail`: exited
// with a code, killed, not found …), itself typed. Pure: the core, the shells and the
// renderer import it. Same pattern as stepReasons.ts.
import { z } from 'zod';
import { fillReasonTemplate } from './stepReasons';

const checkDebugger = "Check the debugger's path and command line (kd.exe or cdb.exe with -z <dump>, -k <connection> or -kl).";

export const failureTemplates = {
  'not-a-debugger-printed': `This program did not answer like kd or cdb: {{program}}. It printed: “{{printed}}”. ${checkDebugger}`,
  'not-a-debugger-echoed': `This program did not answer like kd or cdb: {{program}}. It only echoed back what it was sent, with no debugger banner or prompt. ${checkDebugger}`,
  'not-a-debugger-silent': `This program did not answer like kd or cdb: {{program}}. It printed nothing. ${checkDebugger}`,
  'did-not-start-check-path': 'The debugger did not start ({{program}}): {{detail}}. Check the debugger path (the full path to kd.exe or cdb.exe) and that the file exists on that machine.',
  'did-not-start-check-command-line': 'The debugger did not start ({{program}}): {{detail}}. Check the command line: the program path, its arguments and their quoting (a path with spaces needs quotes).',
  /** The detail already says what to check. */
  'did-not-start': 'The debugger did not start ({{program}}): {{detail}}.',
  'unknown-demo-scenario': "Unknown demo scenario '{{scenario}}'. Known: {{known}}.",
} as const;

/** What happened to a program that did not start (`{{detail}}` of the did-not-start messages). */
export const failureDetailTemplates = {
  exited: '{{name}} exited with code {{exitCode}}',
  'exited-saying': '{{name}} exited with code {{exitCode}}: {{stderr}}',
  killed: '{{name}} was killed by {{signal}}',
  'killed-saying': '{{name}} was killed by {{signal}}: {{stderr}}',
  'closed-output': '{{name}} closed its output but kept running; it was ended',
  'not-found': "Debugger not found: '{{command}}'. Check the path to kd.exe/cdb.exe (Windows Kits\\10\\Debuggers\\x64) or pick the demo target",
  'could-not-start': "Could not start '{{command}}': {{error}}",
  /** Any other reason, in the words it came in (not translated). */
  'as-said': '{{text}}',
} as const;

export type FailureCode = keyof typeof failureTemplates;
export type FailureDetailCode = keyof typeof failureDetailTemplates;
export const failureCodes = Object.keys(failureTemplates) as FailureCode[];
export const failureDetailCodes = Object.keys(failureDetailTemplates) as FailureDetailCode[];

export interface FailureDetail {
  code: FailureDetailCode;
  params?: Record<string, string>;
}

export interface FailureMessage {
  code: FailureCode;
  params?: Record<string, string>;
  detail?: FailureDetail;
}

const paramsSchema = z.record(z.string().regex(/^[a-z][a-zA-Z]{0,31}$/), z.string().max(4096)).optional();

/** A message this build knows: every code in the tables above. */
export const failureMessageSchema = z
  .object({
    code: z.enum(failureCodes as [FailureCode, ...FailureCode[]]),
    params: paramsSchema,
    detail: z.object({ code: z.enum(failureDetailCodes as [FailureDetailCode, ...FailureDetailCode[]]), params: paramsSchema }).strict().optional(),
  })
  .strict();

/**
 * On the wire (error replies, session states) any code passes, so a newer core's message
 * never makes the reply or the state unreadable; the UI translates what
 * `failureMessageSchema` knows and shows the English text for the rest.
 */
export const failureMessageWireSchema = z
  .object({
    code: z.string().max(64),
    params: paramsSchema,
    detail: z.object({ code: z.string().max(64), params: paramsSchema }).optional(),
  });

/** The English text of a detail. */
export function failureDetailText(detail: FailureDetail): string {
  return fillReasonTemplate(failureDetailTemplates[detail.code], detail.params);
}

/** The English text of a failure (the detail filled in as `{{detail}}`). */
export function failureText(failure: FailureMessage): string {
  const params = failure.detail ? { ...failure.params, detail: failureDetailText(failure.detail) } : failure.params;
  return fillReasonTemplate(failureTemplates[failure.code], params);
}

/** An Error whose message is the English text and which carries the typed failure to the dispatcher. */
export class TypedFailureError extends Error {
  constructor(readonly failure: FailureMessage) {
    super(failureText(failure));
    this.name = 'TypedFailureError';
  }
}

/** The typed failure an error carries, if any. */
export function failureOf(err: unknown): FailureMessage | null {
  const candidate = typeof err === 'object' && err !== null ? (err as { failure?: unknown }).failure : undefined;
  const parsed = failureMessageSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
