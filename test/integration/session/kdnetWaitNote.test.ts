// The console's "waiting for the target to reconnect (KDNET)" note, through the core as a
// shell connects: kd prints "Waiting to reconnect..." in every KDNET start-up banner and
// connects at once when the target is up, so only a wait that lasts gets the note.
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { readConsole } from '../consoleReader';

const waitingNote = 'The debugger is waiting for the target to reconnect (KDNET)';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

/** Connects to a demo target (kdsim flags allowed in-process) with the console read from the first byte. */
async function connectedConsole(scenario: string, flags: string[] = []) {
  core = createCoreService();
  const reader = readConsole(core);
  await core.handlers['session.connect']({ target: { kind: 'demo', scenario, flags } as { kind: 'demo'; scenario: string } });
  // The outbox sends what arrived in an I/O turn at its end: the banner's last chunk may still be on its way.
  await expect.poll(() => reader.text()).toMatch(/kd> $/);
  return { opened: { targetKind: core.investigationTarget!.kind, session: core.session! }, reader };
}

describe('KDNET waiting note', () => {
  it.each(['mydriver-x86', 'live-growth-x64'])('%s: a KDNET link that connects in the banner gets no waiting note', async (scenario) => {
    const { opened, reader } = await connectedConsole(scenario);
    expect(opened.targetKind).toBe('live');
    expect(reader.text()).toContain('Waiting to reconnect...');
    expect(reader.text()).toContain('Kernel Debugger connection established.');
    // Past the grace period: the note would have been shown by now.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(reader.text()).not.toContain(waitingNote);
    expect(opened.session.state).toMatchObject({ state: 'ready', activity: null });
  });

  it('a crash dump gets no waiting note', async () => {
    const { opened, reader } = await connectedConsole('myfault-x64');
    expect(opened.targetKind).toBe('dump');
    expect(reader.text()).toContain('Loading Dump File');
    expect(reader.text()).not.toContain(waitingNote);
  });

  it('a live target that reboots while running: the note is shown while kd waits', async () => {
    const { opened, reader } = await connectedConsole('live-growth-x64', ['--fault', 'reconnect-on-run=200']);
    const go = core!.handlers['session.sendLine']({ line: 'g' });
    await expect.poll(() => reader.text(), { timeout: 20_000 }).toContain('[PoolSleuth] The target connected again');
    expect(reader.text()).toMatch(new RegExp(`Shutdown occurred[^]*Waiting to reconnect\\.\\.\\.[^]*${waitingNote.replace(/[()]/g, '\\$&')}`));
    await core!.handlers['session.break']({});
    await go;
    expect(opened.session.state.state).toBe('ready');
  });

  it('kd that waits at start-up for a target that is not up: the note is shown', async () => {
    core = createCoreService();
    const reader = readConsole(core);
    // kd's KDNET start-up with no target answering: it prints the link lines, then waits.
    const kdWaiting = "process.stdout.write('Microsoft (R) Windows Debugger Version 10.0.22621.1 AMD64\\nUsing NET for debugging\\nOpened WinSock 2.0\\nWaiting to reconnect...\\n'); setInterval(() => {}, 1000);";
    const connecting = core.handlers['session.connect']({ target: { kind: 'local', argv: [process.execPath, '-e', kdWaiting] } }).catch((err: unknown) => err);
    await expect.poll(() => reader.text(), { timeout: 20_000 }).toContain(waitingNote);
    expect((await core.handlers['session.getState']({})).activity?.kind).toBe('waiting-to-reconnect');
    await core.dispose();
    core = null;
    await connecting;
  });
});
