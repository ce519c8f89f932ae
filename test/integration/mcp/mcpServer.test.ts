// `poolsleuth mcp` driven the way an assistant drives it: the SDK's own Client over
// stdio, spawning the CLI as a real process, against kdsim (the demo target) over pipes.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';
import { call, generous, startClient, text } from './mcpTestClient';

interface Site {
  tag: string;
  allocations: number;
  line: number | null;
  file: string | null;
  symbol: string | null;
  stacks: { frames: { address: string; symbol: string | null }[] }[];
}

describe('poolsleuth mcp over stdio (SDK client, kdsim)', () => {
  let client: Client;
  let stderr: () => string;

  beforeAll(async () => {
    ({ client, stderr } = await startClient([]));
  }, generous);

  afterAll(async () => {
    await client?.close();
  });

  it('lists the nine tools with their schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['break', 'connect', 'disconnect', 'investigate', 'list_targets', 'parse', 'report', 'run_command', 'status']);
    const investigate = tools.find((t) => t.name === 'investigate')!;
    expect(Object.keys(investigate.inputSchema.properties ?? {})).toEqual(['playbook', 'driver']);
    expect(investigate.outputSchema?.properties).toHaveProperty('sites');
  });

  it('offers the demo scenarios and refuses a command line without --allow-command-lines', async () => {
    const targets = await call(client, 'list_targets');
    const scenarios = (targets.structuredContent as { scenarios: { name: string }[] }).scenarios.map((s) => s.name);
    expect(scenarios).toContain('mydriver-x86');
    const refused = await call(client, 'connect', { commandLine: 'kd -z C:\\dumps\\MEMORY.DMP' });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/--allow-command-lines/);
  });

  it(
    'connects to mydriver-x86, and investigate returns the three sites (lines 50, 38, 72) with their stacks, with progress',
    async () => {
      const connected = await call(client, 'connect', { scenario: 'mydriver-x86' });
      expect(connected.isError, text(connected)).toBeFalsy();
      expect((connected.structuredContent as { session: { state: string } }).session.state).toBe('ready');

      const progress: { progress: number; total?: number; message?: string }[] = [];
      const result = await call(client, 'investigate', { playbook: 'auto' }, { onprogress: (p) => progress.push(p), resetTimeoutOnProgress: true });
      expect(result.isError, text(result)).toBeFalsy();
      const findings = result.structuredContent as { status: string; driver: string; playbook: string; sites: Site[]; conclusion: { verdict: string } };
      expect(findings.status).toBe('finished');
      expect(findings.playbook).toBe('leak-at-unload');
      expect(findings.driver).toBe('MyDriver.sys');
      expect(findings.conclusion.verdict).toBe('found');
      const byTag = new Map(findings.sites.map((s) => [s.tag, s]));
      expect([...byTag.keys()].sort()).toEqual(['Vfwi', 'VMdl', 'mdrv'].sort());
      expect(byTag.get('VMdl')!.line).toBe(50);
      expect(byTag.get('mdrv')!.line).toBe(38);
      expect(byTag.get('Vfwi')!.line).toBe(72);
      expect(byTag.get('VMdl')!.symbol).toBe('MyDriver!DeviceControlDispatch+0x4c');
      expect(byTag.get('VMdl')!.stacks[0]!.frames.map((f) => f.symbol)).toContain('nt!IovAllocateMdl+0x3d');
      expect(byTag.get('mdrv')!.stacks[0]!.frames.map((f) => f.symbol)).toContain('MyDriver!DeviceControlDispatch+0x27');
      expect(byTag.get('Vfwi')!.stacks[0]!.frames.map((f) => f.symbol)).toContain('MyDriver!GetNecessaryObjects+0x1d');
      // One notification per step start and end, the last one saying all steps are done.
      expect(progress.length).toBeGreaterThan(2);
      const last = progress[progress.length - 1]!;
      expect(last.progress).toBe(last.total);
      expect(text(result)).toMatch(/VMdl/);

      const report = await call(client, 'report', { format: 'md' });
      expect(text(report)).toMatch(/MyDriver\.sys/);
      expect(text(report)).toMatch(/VMdl/);
      const json = await client.readResource({ uri: 'poolsleuth://investigation/report.json' });
      expect(JSON.parse((json.contents[0] as { text: string }).text).sites).toHaveLength(3);
      const transcript = await client.readResource({ uri: 'poolsleuth://session/transcript.log' });
      expect((transcript.contents[0] as { text: string }).text).toMatch(/!verifier 3 MyDriver\.sys/);
    },
    generous,
  );

  it('refuses .shell and target-changing commands without sending them, and runs a read-only one', async () => {
    for (const command of ['.shell dir', 'lm; .shell calc', 'ed nt!PoolHitTag 0x6b61654c', 'r eax=1', 'g', '$$>< C:\\script.txt']) {
      const refused = await call(client, 'run_command', { command });
      expect(refused.isError, command).toBe(true);
      expect(text(refused), command).toMatch(/^Refused: /);
    }
    const transcript = await client.readResource({ uri: 'poolsleuth://session/transcript.log' });
    expect((transcript.contents[0] as { text: string }).text).not.toMatch(/\.shell|PoolHitTag/);
    const ln = await call(client, 'run_command', { command: 'ln 0x9a3bf6ac' });
    expect(ln.isError, text(ln)).toBeFalsy();
    expect((ln.structuredContent as { output: string }).output).toMatch(/MyDriver!DeviceControlDispatch\+0x4c/);
  });

  it('parses debugger text with the parsers', async () => {
    const parsed = await call(client, 'parse', { kind: 'ln', text: '(9a3bf6ac)   MyDriver!DeviceControlDispatch+0x4c   |  (9a3bf6e0)   MyDriver!Other\n' });
    expect(parsed.isError, text(parsed)).toBeFalsy();
    expect((parsed.structuredContent as { result: { symbol: string } }).result.symbol).toBe('MyDriver!DeviceControlDispatch+0x4c');
  });

  it('keeps standard output for the protocol only', () => {
    expect(stderr()).toMatch(/PoolSleuth MCP server on stdio/);
  });
});

describe('poolsleuth mcp: cancelling a long command', () => {
  let client: Client;

  beforeAll(async () => {
    ({ client } = await startClient(['--allow-command-lines']));
  }, generous);

  afterAll(async () => {
    await client?.close();
  });

  it(
    'cancel during !verifier 0x80 breaks in, and the next run_command answers',
    async () => {
      // kdsim writing every byte with a pause: the full log's !verifier 0x80 would take hours.
      const { argvPrefix } = ownCliLauncher();
      const commandLine = [...argvPrefix, 'kdsim', '--scenario', 'mydriver-x86', '--fault', 'slow=1'].join(' ');
      const connected = await call(client, 'connect', { commandLine });
      expect(connected.isError, text(connected)).toBeFalsy();

      const controller = new AbortController();
      const running = call(client, 'run_command', { command: '!verifier 0x80' }, { signal: controller.signal });
      // Wait until the command is under way (the session is busy printing), then cancel.
      for (;;) {
        const status = await call(client, 'status');
        if ((status.structuredContent as { session: { state: string } }).session.state === 'busy') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      controller.abort('test cancels');
      await expect(running).rejects.toThrow();

      const next = await call(client, 'run_command', { command: 'ln 0x9a3bf6ac' });
      expect(next.isError, text(next)).toBeFalsy();
      expect((next.structuredContent as { output: string }).output).toMatch(/MyDriver!DeviceControlDispatch\+0x4c/);
      const status = await call(client, 'status');
      expect((status.structuredContent as { session: { state: string } }).session.state).toBe('ready');
      // The log walk was cut short: kd never printed its end.
      const transcript = await client.readResource({ uri: 'poolsleuth://session/transcript.log' });
      expect((transcript.contents[0] as { text: string }).text).not.toMatch(/Finished parsing all pool tracking information/);
    },
    generous,
  );
});
