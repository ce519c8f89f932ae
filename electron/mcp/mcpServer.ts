// PoolSleuth as an MCP server: one more thin shell over the core service, like the
// window and the browser-mode server. Tools for the session and the investigation,
// resources for the current transcript and the last report. Secrets never pass
// through it (questions for them are refused), and neither does a host-key decision.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { showTargetText } from '../contract/targetText';
import { requestCore } from '../service/apiDispatcher';
import { registerInvestigationTools } from './investigationTools';
import { createMcpShellState, type McpShellOptions, type McpShellState } from './mcpShellState';
import { registerSessionTools } from './sessionTools';

export const transcriptResourceUri = 'poolsleuth://session/transcript.log';
export const reportResourceUris = { markdown: 'poolsleuth://investigation/report.md', json: 'poolsleuth://investigation/report.json' } as const;

function registerResources(server: McpServer, shell: McpShellState): void {
  const { core } = shell;
  server.registerResource(
    'transcript',
    transcriptResourceUri,
    { title: 'Session transcript', description: 'The current (or last) session as a kd log: prompts, commands and output.', mimeType: 'text/plain' },
    async (uri) => {
      const { logText } = await requestCore(core.handlers, 'transcript.save', {});
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: showTargetText(logText, 'lines') }] };
    },
  );
  for (const [format, uri] of Object.entries(reportResourceUris) as [keyof typeof reportResourceUris, string][]) {
    server.registerResource(
      `report-${format}`,
      uri,
      { title: `Last report (${format})`, description: 'The report of the last investigation.', mimeType: format === 'json' ? 'application/json' : 'text/markdown' },
      async (resourceUri) => {
        const { content, mimeType } = await requestCore(core.handlers, 'investigation.exportReport', { format });
        return { contents: [{ uri: resourceUri.href, mimeType, text: content }] };
      },
    );
  }
}

export interface PoolSleuthMcpServer {
  server: McpServer;
  close(): Promise<void>;
}

export function createPoolSleuthMcpServer(options: McpShellOptions & { version: string }): PoolSleuthMcpServer {
  const shell = createMcpShellState(options);
  const server = new McpServer(
    { name: 'poolsleuth', version: options.version },
    {
      instructions:
        'PoolSleuth drives the Windows kernel debugger (kd/cdb) or its simulated demo target. Typical use: list_targets, connect, investigate (returns the leaking driver, allocation sites with source lines and stacks), report. run_command runs single read-only kd commands.',
    },
  );
  registerSessionTools(server, shell);
  registerInvestigationTools(server, shell);
  registerResources(server, shell);
  return {
    server,
    close: async () => {
      shell.dispose();
      await server.close();
    },
  };
}
