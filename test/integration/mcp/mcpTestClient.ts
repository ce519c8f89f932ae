// Starts `poolsleuth mcp` as a real process and connects the SDK's own Client to it
// over stdio, the way an assistant does.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ownCliLauncher, repoRoot } from '../../../electron/service/nodeEntryPoints';

export const generous = 240_000;

export async function startClient(flags: string[], settingsDir = mkdtempSync(path.join(os.tmpdir(), 'poolsleuth-mcp-'))): Promise<{ client: Client; stderr: () => string }> {
  const { argvPrefix } = ownCliLauncher();
  const transport = new StdioClientTransport({
    command: argvPrefix[0]!,
    args: [...argvPrefix.slice(1), 'mcp', ...flags],
    cwd: repoRoot,
    // Our own settings folder: no saved profile of the machine leaks into the test.
    env: { ...(process.env as Record<string, string>), POOLSLEUTH_SETTINGS_DIR: settingsDir },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const client = new Client({ name: 'poolsleuth-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

export function text(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}

export async function call(client: Client, name: string, args: Record<string, unknown> = {}, options: Parameters<Client['callTool']>[2] = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args }, undefined, { timeout: generous, ...options })) as CallToolResult;
}
