// `poolsleuth mcp [--allow-command-lines] [--allow-resume]`: PoolSleuth as an MCP
// server on stdio (docs/mcp.md). Standard output carries the protocol only; our
// messages go to standard error. Runs until the client closes standard input.
import process from 'node:process';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createPoolSleuthMcpServer } from '../mcp/mcpServer';
import { createCoreService } from '../service/coreService';
import { InMemorySecretStore } from '../settings/secretStore';

const usage = 'usage: poolsleuth mcp [--allow-command-lines] [--allow-resume]';

export async function runMcpCommand(args: string[]): Promise<number> {
  let values: { 'allow-command-lines'?: boolean; 'allow-resume'?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { 'allow-command-lines': { type: 'boolean' }, 'allow-resume': { type: 'boolean' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`poolsleuth mcp: ${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  // Nothing is remembered: secrets never pass through MCP.
  const core = createCoreService({ secretStore: new InMemorySecretStore(), shell: 'cli' });
  const mcp = createPoolSleuthMcpServer({
    core,
    allowCommandLines: values['allow-command-lines'] === true,
    allowResume: values['allow-resume'] === true,
    version: process.env.npm_package_version ?? '0.0.0',
  });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await mcp.server.connect(transport);
  process.stderr.write(
    `PoolSleuth MCP server on stdio${values['allow-command-lines'] ? ', command lines allowed' : ''}${values['allow-resume'] ? ', resuming allowed' : ''}.\n`,
  );
  await closed;
  await mcp.close().catch(() => undefined);
  await core.dispose();
  return 0;
}
