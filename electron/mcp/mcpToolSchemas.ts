// Input and output schemas of the MCP tools, built from the contract's zod types
// where the contract has them (session state, scenarios, playbooks, driver names,
// report formats, the conclusion). What the contract keeps as TypeScript only (the
// allocation sites of the findings model) is described here by the fields a tool returns.
import { z } from 'zod';
import {
  conclusionSchema,
  driverNameSchema,
  investigationReportSchema,
  playbookIdSchema,
  scenarioInfoSchema,
  sessionStateSchema,
} from '../contract';

export const sessionOutput = { session: sessionStateSchema };

export const listTargetsOutput = {
  profiles: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(['demo', 'local', 'ssh']) })),
  scenarios: z.array(scenarioInfoSchema),
};

export const connectInput = {
  profile: z.string().min(1).max(120).optional().describe('A saved profile, by id or name (list_targets)'),
  scenario: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional().describe('A demo scenario of the simulated kd, e.g. mydriver-x86'),
  commandLine: z.string().min(1).max(32767).optional().describe('A kd/cdb command line; only when the server runs with --allow-command-lines'),
};

export const runCommandInput = {
  command: z
    .string()
    .min(1)
    .max(8192)
    .describe('One kd command line, e.g. "!verifier 3 MyDriver.sys" or "ln 0x9707712c"; commands that change the target or the host are refused'),
};

export const runCommandOutput = {
  command: z.string(),
  output: z.string(),
  /** Characters left out of `output` (the cap); 0 when it is whole. */
  omittedChars: z.number(),
  durationMs: z.number(),
  /** True when a cancellation interrupted the command (Break): the output is what arrived before. */
  interrupted: z.boolean(),
};

export const investigateInput = {
  playbook: z.union([z.literal('auto'), playbookIdSchema]).default('auto').describe('auto chooses from the bug check'),
  driver: driverNameSchema.optional().describe('The driver to investigate, e.g. MyDriver.sys (default: from !analyze -v)'),
};

const frameSchema = z.object({ address: z.string(), symbol: z.string().nullable() });
const siteSchema = z.looseObject({
  tag: z.string(),
  allocations: z.number(),
  bytes: z.number(),
  caller: z.string().nullable(),
  symbol: z.string().nullable(),
  file: z.string().nullable(),
  line: z.number().nullable(),
  stacks: z.array(z.looseObject({ frames: z.array(frameSchema), allocations: z.number() })),
});

const report = investigationReportSchema.shape;
export const investigateOutput = {
  status: report.status,
  playbook: report.playbook,
  playbookTitle: report.playbookTitle,
  driver: report.driver,
  conclusion: conclusionSchema,
  leak: z.looseObject({ allocations: z.number(), bytes: z.number() }).nullable(),
  sites: z.array(siteSchema),
  warnings: report.warnings,
  roundTrips: report.roundTrips,
};

export const reportFormats = { md: 'markdown', html: 'html', json: 'json' } as const;
export const reportInput = { format: z.enum(['md', 'html', 'json']).default('md') };
export const reportOutput = { format: z.enum(['md', 'html', 'json']), fileName: z.string(), mimeType: z.string(), content: z.string() };
