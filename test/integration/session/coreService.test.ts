import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../electron/contract';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { readConsole } from '../consoleReader';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

function withEvents(service: CoreService) {
  const events: Array<{ event: EventName; payload: unknown }> = [];
  service.onEvent((event, payload) => events.push({ event, payload }));
  const consoleText = () =>
    events
      .filter((e) => e.event === 'console.output')
      .map((e) => (e.payload as { data: string }).data)
      .join('');
  return { events, consoleText };
}

describe('core service driving the demo target (kdsim as a child process)', () => {
  it('lists the built-in scenarios', async () => {
    core = createCoreService();
    const { scenarios } = await core.handlers['demo.listScenarios']({});
    expect(scenarios.map((s) => s.name)).toEqual(expect.arrayContaining(['mydriver-x86', 'myfault-x64']));
  });

  it('connects, runs !analyze -v and streams prompt+command+output to the console', async () => {
    core = createCoreService();
    const { events, consoleText } = withEvents(core);
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    expect((await core.handlers['session.getState']({})).state).toBe('ready');

    const output = await readConsole(core).sendLine('!analyze -v');
    expect(output).toContain('DRIVER_VERIFIER_DETECTED_VIOLATION (c4)');
    expect(output).toContain('Arg1: 00000062, A driver has forgotten to free its pool allocations prior to unloading.');
    await vi.waitFor(() => expect(consoleText()).toMatch(/kd> !analyze -v\r\n[\s\S]*DRIVER_VERIFIER_DETECTED_VIOLATION[\s\S]*kd> $/));
    expect(consoleText()).not.toContain('PSMARK');
    const states = events.filter((e) => e.event === 'session.state').map((e) => (e.payload as { state: string }).state);
    expect(states).toEqual(expect.arrayContaining(['connecting', 'loading', 'ready', 'busy']));
  });

  it('a long output reaches the console once, in full; the reply carries none of it', async () => {
    core = createCoreService();
    const service = core;
    const { consoleText } = withEvents(service);
    // Acknowledge like a UI, or flow control holds the console back at 512 K characters.
    service.onEvent((event, payload) => {
      if (event === 'console.output') void service.handlers['console.ack']({ chars: (payload as { data: string }).data.length });
    });
    await core.handlers['session.connect']({
      target: { kind: 'local', argv: [...ownCliLauncher().argvPrefix, 'kdsim', '--generate', 'allocations=200,log=4096'] },
    });
    const reply = await core.handlers['session.sendLine']({ line: '!verifier 0x80' });
    expect(reply).toEqual({ ok: true });
    await vi.waitFor(() => expect(consoleText()).toContain('Finished parsing all pool tracking information.'));
    // All of it, once: every allocate entry of the 4096-entry log is on the console a single time.
    expect(consoleText().length).toBeGreaterThan(64 * 1024);
    expect(consoleText().split('Finished parsing all pool tracking information.')).toHaveLength(2);
  });

  it('rejects an unknown scenario with the list of known ones', async () => {
    core = createCoreService();
    const outcome = await dispatchRequest(core.handlers, 'session.connect', { target: { kind: 'demo', scenario: 'no-such-scenario' } });
    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Unknown demo scenario 'no-such-scenario'.*mydriver-x86/) } });
  });

  it('reports a missing local debugger before starting anything', async () => {
    core = createCoreService();
    const { events } = withEvents(core);
    const outcome = await dispatchRequest(core.handlers, 'session.connect', {
      target: { kind: 'local', argv: ['/opt/no/such/Debuggers/x64/kd.exe', '-z', 'C:\\dumps\\MEMORY.DMP'] },
    });
    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringContaining("Debugger not found: '/opt/no/such/Debuggers/x64/kd.exe'") } });
    const last = events.filter((e) => e.event === 'session.state').at(-1)?.payload as { state: string; reason: string };
    expect(last.state).toBe('failed');
    expect(last.reason).toContain('Debugger not found');
  });

  it('says "Not connected" when a line is sent without a session', async () => {
    core = createCoreService();
    const outcome = await dispatchRequest(core.handlers, 'session.sendLine', { line: 'k' });
    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringContaining('Not connected') } });
  });

  it('disconnects cleanly and reports the state', async () => {
    core = createCoreService();
    const { events } = withEvents(core);
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    await core.handlers['session.disconnect']({});
    const last = events.filter((e) => e.event === 'session.state').at(-1)?.payload as { state: string };
    expect(last.state).toBe('disconnected');
  });
});
