// Backpressure over real pipes: kdsim (a child process) prints a full 0x10000-entry
// verifier log (~33 MB) to a core whose UI does not acknowledge. Reading the pipe must
// pause at the high-water mark (held text stays bounded instead of growing with the
// log), the hang limit must not fire while we hold the debugger back, and once the UI
// catches up reading resumes and the transcript holds the same output as a run that
// never paused. No assertion on time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';

const kdsimArgv = [...ownCliLauncher().argvPrefix, 'kdsim', '--generate', 'allocations=2000,log=65536'];
const cores: CoreService[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.dispose()));
});

function outputOf(core: CoreService, command: string): string {
  const entries = core.transcript;
  const at = entries.findIndex((e) => e.direction === 'input' && e.text.includes(command));
  expect(at).toBeGreaterThanOrEqual(0);
  return entries
    .slice(at + 1)
    .filter((e) => e.direction === 'output')
    .map((e) => e.text)
    .join('');
}

describe('read backpressure (kdsim over real pipes)', () => {
  it('pauses at the high-water mark while the UI lags, resumes below the low mark, loses nothing', { timeout: 240_000 }, async () => {
    // hangTimeoutMs is short on purpose: a pause longer than it must not count as the debugger hanging.
    const core = createCoreService({ hangTimeoutMs: 3000 });
    cores.push(core);
    let received = 0;
    let acking = false;
    core.onEvent((event, payload) => {
      if (event !== 'console.output') return;
      const chars = (payload as { data: string }).data.length;
      received += chars;
      if (acking) void core.handlers['console.ack']({ chars });
    });
    await core.handlers['session.connect']({ target: { kind: 'local', argv: kdsimArgv } });
    // The UI stops acknowledging: everything after the first 512 K waits in the core.
    const done = core.handlers['session.sendLine']({ line: '!verifier 0x80' });
    let settled = false;
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );

    await vi.waitFor(() => expect(core.consoleFlow.readingPaused).toBe(true), { timeout: 120_000, interval: 50 });
    // Held still for longer than the hang limit: the pipe stays paused and nothing times out.
    const heldAtPause = core.consoleFlow.heldChars;
    await new Promise((r) => setTimeout(r, 5000));
    const flow = core.consoleFlow;
    expect(flow.readingPaused).toBe(true);
    expect(settled).toBe(false);
    // Bounded: the 4 M-character high-water mark plus what was already decoded when reading paused.
    expect(flow.heldChars).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(flow.heldChars).toBeLessThan(4 * 1024 * 1024 + 1024 * 1024);
    expect(flow.heldChars - heldAtPause).toBeLessThan(1024 * 1024);
    expect((await core.handlers['session.getState']({})).state).toBe('busy');

    // The UI catches up: acknowledge what it has and everything from now on.
    acking = true;
    await core.handlers['console.ack']({ chars: received });
    await expect(done).resolves.toEqual({ ok: true });
    await vi.waitFor(() => expect(core.consoleFlow.heldChars).toBe(0), { timeout: 60_000 });
    expect(core.consoleFlow.readingPaused).toBe(false);
    expect(core.consoleFlow.pauseCount).toBeGreaterThanOrEqual(1);
    const pausedOutput = outputOf(core, '!verifier 0x80');
    expect(pausedOutput).toContain('Finished parsing all pool tracking information.');

    // The same command on a core whose UI keeps up: the output is identical, byte for byte.
    const reference = createCoreService();
    cores.push(reference);
    reference.onEvent((event, payload) => {
      if (event === 'console.output') void reference.handlers['console.ack']({ chars: (payload as { data: string }).data.length });
    });
    await reference.handlers['session.connect']({ target: { kind: 'local', argv: kdsimArgv } });
    await reference.handlers['session.sendLine']({ line: '!verifier 0x80' });
    const referenceOutput = outputOf(reference, '!verifier 0x80');
    expect(referenceOutput.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(pausedOutput.length).toBe(referenceOutput.length);
    expect(pausedOutput === referenceOutput).toBe(true);
  });

  it('with no UI attached nothing is held back for anyone, so reading never pauses', { timeout: 240_000 }, async () => {
    const core = createCoreService();
    cores.push(core);
    await core.handlers['session.connect']({ target: { kind: 'local', argv: kdsimArgv } });
    await expect(core.handlers['session.sendLine']({ line: '!verifier 0x80' })).resolves.toEqual({ ok: true });
    expect(core.consoleFlow.pauseCount).toBe(0);
    expect(outputOf(core, '!verifier 0x80')).toContain('Finished parsing all pool tracking information.');
  });
});
