// `poolsleuth mcp` and SSH: a saved SSH profile against the test sshd. The MCP server
// never accepts a host key and never asks for a secret: both questions are refused
// with what to do instead, and no secret reaches the settings folder.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnownHostsStore } from '../../../electron/settings/knownHostsStore';
import { SettingsStore } from '../../../electron/settings/settingsStore';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';
import { kdsimArgv } from '../ssh/sshTestKit';
import { call, generous, startClient, text } from './mcpTestClient';

let server: SshTestServer;
let client: Client | null = null;
const settingsDir = mkdtempSync(path.join(os.tmpdir(), 'poolsleuth-mcp-ssh-'));

beforeAll(async () => {
  server = await startSshTestServer();
  new SettingsStore({ cwd: settingsDir }).saveProfile({
    kind: 'ssh',
    id: 'lab',
    name: 'Lab host',
    host: server.host,
    port: server.port,
    user: server.user,
    auth: { method: 'password' },
    remote: { kind: 'custom', commandLine: kdsimArgv('mydriver-x86').join(' ') },
  });
  ({ client } = await startClient([], settingsDir));
}, generous);

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

describe('poolsleuth mcp over SSH', () => {
  it(
    'refuses an unknown host key with what to do, then (key remembered by the app) refuses the password question',
    async () => {
      const unknownKey = await call(client!, 'connect', { profile: 'Lab host' });
      expect(unknownKey.isError).toBe(true);
      expect(text(unknownKey)).toMatch(/never accepts a host key: accept the key in the PoolSleuth app/);
      expect(text(unknownKey)).toMatch(/--accept-new-host-key/);
      expect(text(unknownKey)).toContain(`${server.host}:${server.port}`);

      // The user accepts the key in the app ("remember"): it lands in the app's known-hosts file.
      const [keyType, keyBase64] = server.hostPublicKey.trim().split(/\s+/) as [string, string];
      const fingerprint = `SHA256:${createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('base64').replace(/=+$/, '')}`;
      new KnownHostsStore({ cwd: settingsDir }).remember({ host: server.host, port: server.port, keyType, keyBase64, fingerprintSha256: fingerprint, addedAt: new Date().toISOString() });

      const password = await call(client!, 'connect', { profile: 'lab' });
      expect(password.isError).toBe(true);
      expect(text(password)).toMatch(/asks for a password\. Secrets never pass through MCP/);
      const status = await call(client!, 'status');
      expect((status.structuredContent as { session: { state: string } }).session.state).not.toBe('ready');

      // Nothing secret was written next to the settings.
      for (const file of readdirSync(settingsDir)) expect(readFileSync(path.join(settingsDir, file), 'utf8')).not.toContain(server.password);
    },
    generous,
  );
});
