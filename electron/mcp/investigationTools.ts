// The investigation tools: investigate (a playbook over the current session, with
// progress notifications from its step events; cancelling it cancels the playbook
// and breaks into the command that runs), report (md/html/json of the last one) and
// parse (debugger text → typed JSON, the parsers of `poolsleuth parse`).
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { investigationReportSchema, type InvestigationEvent, type InvestigationReport } from '../contract';
import { parseKinds, parsers, type ParserKind } from '../parsers';
import { requestCore } from '../service/apiDispatcher';
import type { McpShellState } from './mcpShellState';
import { investigateInput, investigateOutput, reportFormats, reportInput, reportOutput } from './mcpToolSchemas';
import { failure, success } from './toolResults';

/** The findings a tool returns: the answer, totals and sites with source and stacks (not every raw output). */
function findingsOf(report: InvestigationReport) {
  return {
    status: report.status,
    playbook: report.playbook,
    playbookTitle: report.playbookTitle,
    driver: report.driver,
    conclusion: report.conclusion,
    leak: report.leak,
    sites: report.sites,
    warnings: report.warnings,
    roundTrips: report.roundTrips,
  };
}

function summaryOf(report: InvestigationReport): string {
  const sites = report.sites.map((s) => `  ${s.tag}: ${s.allocations} allocation(s), ${s.bytes} bytes at ${s.symbol ?? s.caller ?? '?'}${s.file ? ` (${s.file}:${s.line})` : ''}`);
  return [`${report.playbookTitle}: ${report.status}. ${report.conclusion.summary}`, ...sites, ...(report.conclusion.next ? [`Next: ${report.conclusion.next}`] : [])].join('\n');
}

async function lastReport(shell: McpShellState): Promise<InvestigationReport> {
  const { content } = await requestCore(shell.core.handlers, 'investigation.exportReport', { format: 'json' });
  return investigationReportSchema.parse(JSON.parse(content));
}

export function registerInvestigationTools(server: McpServer, shell: McpShellState): void {
  const { core } = shell;

  server.registerTool(
    'investigate',
    {
      title: 'Run an investigation',
      description:
        'Runs a PoolSleuth playbook over the connected target and returns the findings: the conclusion, the leak totals, and the allocation sites with pool tag, source file:line and allocation stacks. ' +
        'playbook: auto (from the bug check), leak-at-unload, pool-growth or corruption. Sends progress notifications per step; cancelling stops it and breaks into the running command.',
      inputSchema: investigateInput,
      outputSchema: investigateOutput,
    },
    async ({ playbook, driver }, extra) => {
      if (shell.investigationListener) return failure('An investigation is already running; cancel it or wait for it.');
      const progressToken = extra._meta?.progressToken;
      let total = 0;
      let done = 0;
      // Progress after the result is dropped by the client: the result waits for every notification.
      const sent: Promise<unknown>[] = [];
      let sawFinish: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => (sawFinish = resolve));
      shell.investigationListener = (event: InvestigationEvent) => {
        if (event.type === 'investigation-finished') sawFinish();
        if (progressToken === undefined) return;
        let message: string;
        if (event.type === 'investigation-started') {
          total = event.steps.length;
          message = `${event.title}: ${total} steps`;
        } else if (event.type === 'step-started') {
          message = `step ${event.stepId} started`;
        } else if (event.type === 'step-finished') {
          done = Math.min(done + 1, Math.max(total - 1, 0));
          message = `step ${event.stepId} ${event.status}${event.reason ? `: ${event.reason}` : ''}`;
        } else if (event.type === 'investigation-finished') {
          // Steps the playbook leaves out (branching) report nothing: the end is the end.
          done = total;
          message = `investigation ${event.status}${event.reason ? `: ${event.reason}` : ''}`;
        } else {
          return;
        }
        sent.push(
          extra
            .sendNotification({ method: 'notifications/progress', params: { progressToken, progress: done, total: Math.max(total, done), message } })
            .catch(() => undefined),
        );
      };
      const onAbort = () => {
        requestCore(core.handlers, 'investigation.cancel', {}).catch(() => undefined);
        requestCore(core.handlers, 'session.break', {}).catch(() => undefined);
      };
      extra.signal.addEventListener('abort', onAbort, { once: true });
      try {
        await requestCore(core.handlers, 'investigation.start', { playbook: playbook === 'auto' ? null : playbook, driver: driver ?? null });
        // The core's events may trail its reply by a turn: the last step's progress comes first.
        await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 2000))]);
        const report = await lastReport(shell);
        await Promise.all(sent);
        const findings = findingsOf(report);
        const result = success(summaryOf(report), findings);
        // For clients that read only text content: the same findings as JSON.
        result.content.push({ type: 'text', text: JSON.stringify(findings) });
        return result;
      } catch (err) {
        return failure(err instanceof Error ? err.message : String(err));
      } finally {
        shell.investigationListener = null;
        extra.signal.removeEventListener('abort', onAbort);
      }
    },
  );

  server.registerTool(
    'report',
    {
      title: 'Report',
      description: 'The report of the last investigation: md (Markdown), html (self-contained) or json (the whole findings model, every command with its raw output).',
      inputSchema: reportInput,
      outputSchema: reportOutput,
      annotations: { readOnlyHint: true },
    },
    async ({ format }) => {
      try {
        const exported = await requestCore(core.handlers, 'investigation.exportReport', { format: reportFormats[format] });
        return success(exported.content, { format, ...exported });
      } catch (err) {
        return failure(err instanceof Error ? err.message : String(err));
      }
    },
  );

  server.registerTool(
    'parse',
    {
      title: 'Parse debugger text',
      description:
        'Parses debugger text into JSON, like `poolsleuth parse`: bare output or pasted with its prompt and command. ' +
        `kind: ${parseKinds.join(', ')}. Several commands of the kind give {results:[…]}.`,
      inputSchema: { kind: z.enum(parseKinds as [ParserKind, ...ParserKind[]]), text: z.string().max(8_000_000) },
      outputSchema: { kind: z.enum(parseKinds as [ParserKind, ...ParserKind[]]), result: z.record(z.string(), z.unknown()) },
      annotations: { readOnlyHint: true },
    },
    async ({ kind, text }) => {
      const result = parsers[kind](text) as unknown as Record<string, unknown>;
      const warnings = Array.isArray(result.warnings) ? (result.warnings as string[]) : [];
      return success(`Parsed as ${kind}${warnings.length ? ` with ${warnings.length} warning(s): ${warnings.slice(0, 3).join('; ')}` : ''}.`, { kind, result });
    },
  );
}
