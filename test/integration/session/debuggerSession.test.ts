import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionStateName } from '../../../electron/contract';
import { CommandTimeoutError, type DebuggerSession } from '../../../electron/debugger/debuggerSession';
import { parseLn, parseVerifierPool } from '../../../electron/parsers';
import { kdsimSession } from './kdsimProcess';

let session: DebuggerSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

function observed() {
  const states: SessionStateName[] = [];
  let consoleText = '';
  return {
    states,
    console: () => consoleText,
    observer: {
      // Activity changes (symbol loading…) repeat the state: record each state once per change.
      state: (s: { state: SessionStateName }) => {
        if (states.at(-1) !== s.state) states.push(s.state);
      },
      console: (t: string) => {
        consoleText += t;
      },
    },
  };
}

describe('DebuggerSession over kdsim (real child process, real pipes)', () => {
  it('starts, reads the banner and answers !verifier 3 with the seed values', async () => {
    const o = observed();
    session = kdsimSession(['--scenario', 'mydriver-x86'], o.observer);
    const banner = await session.start();
    expect(banner).toContain('Connected to Windows 8 9600 x86 compatible target');
    expect(o.states.slice(0, 3)).toEqual(['connecting', 'loading', 'ready']);
    expect(session.state.prompt).toBe('kd> ');

    const { output } = await session.execute('!verifier 3 MyDriver.sys');
    const parsed = parseVerifierPool(output);
    if ('results' in parsed) throw new Error('expected one result');
    const allocations = parsed.drivers[0]!.allocations;
    expect(allocations.map((a) => [a.address, a.size, a.tag, a.caller])).toEqual([
      ['0x982a8fe0', 0x20, 'VMdl', '0x9a3bf6ac'],
      ['0x8645a000', 0x1008, 'mdrv', '0x9a3bf687'],
      ['0x9a836fd0', 0x30, 'Vfwi', '0x9a3bf6ed'],
    ]);
    expect(output).not.toContain('kd> ');
  });

  it('shows prompt, command and output on the console, never a marker', async () => {
    const o = observed();
    session = kdsimSession(['--scenario', 'mydriver-x86'], o.observer);
    await session.start();
    await session.execute('ln 0x9a3bf6ac');
    const text = o.console();
    expect(text).toContain('kd> ln 0x9a3bf6ac\r\nd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)+0x15\r\n');
    await vi.waitFor(() => expect(o.console().endsWith('\r\nkd> ')).toBe(true));
    expect(o.console()).not.toMatch(/PSMARK|\.echo/);
  });

  it('pipelines a batch and attributes each output to its command', async () => {
    session = kdsimSession(['--scenario', 'mydriver-x86']);
    await session.start();
    const results = await session.executeBatch(['ln 0x9a3bf6ac', 'ln 0x9a3bf687', 'ln 0x9a3bf6ed']);
    const lines = results.map((r) => {
      const parsed = parseLn(r.output);
      return 'results' in parsed ? null : parsed.line;
    });
    expect(lines).toEqual([50, 38, 72]);
  });

  it('queues commands typed while another runs and answers them in order', async () => {
    session = kdsimSession(['--scenario', 'mydriver-x86']);
    await session.start();
    const [first, second, third] = await Promise.all([
      session.execute('.echo first'),
      session.execute('.echo second'),
      session.execute('.echo third'),
    ]);
    expect([first!.output, second!.output, third!.output]).toEqual(['first\n', 'second\n', 'third\n']);
  });

  it('refuses a command with an embedded newline (a second command could ride along)', async () => {
    session = kdsimSession(['--scenario', 'mydriver-x86']);
    await session.start();
    await expect(session.execute('ln 0x1\n.shell calc')).rejects.toThrow(/single line/);
  });

  it('a command that goes silent times out, is interrupted, and the session stays usable', async () => {
    // --latency: kdsim says nothing for 1 s before each answer, like a stuck debugger.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--latency', '1000']);
    await session.start();
    await expect(session.execute('!analyze -v', { timeoutMs: 300 })).rejects.toBeInstanceOf(CommandTimeoutError);
    const after = await session.execute('.echo still-alive', { timeoutMs: 20_000 });
    expect(after.output).toBe('still-alive\n');
    expect(session.state.state).toBe('ready');
  });

  it('does not time out a long command that keeps printing', async () => {
    // --fault slow: kdsim trickles one byte per millisecond, so `!analyze -v` takes
    // seconds in total but is never silent for long; the timeout is shorter than the total.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--fault', 'slow=1']);
    await session.start();
    const result = await session.execute('!analyze -v', { timeoutMs: 1000 });
    expect(result.output).toContain('FAILURE_BUCKET_ID:  0xc4_62_LEAKED_POOL_IMAGE_MyDriver.sys');
    expect(result.durationMs).toBeGreaterThan(1000);
  });

  it('Break interrupts a long command and resynchronises', async () => {
    session = kdsimSession(['--generate', 'allocations=1000,log=65536']);
    await session.start();
    const long = session.execute('!verifier 0x80');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(session.state.state).toBe('busy');
    await session.interrupt();
    const result = await long;
    expect(result.output).not.toContain('Finished parsing all pool tracking information.');
    expect((await session.execute('.echo next')).output).toBe('next\n');
  });

  it('breaks into a running live target', async () => {
    const o = observed();
    session = kdsimSession(['--scenario', 'live-growth-x64'], o.observer);
    await session.start();
    const go = session.execute('g');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.state.state).toBe('running');
    const queued = session.execute('.echo after-break');
    await session.interrupt();
    const goResult = await go;
    expect(goResult.output).toMatch(/Break instruction exception/);
    expect((await queued).output).toBe('after-break\n');
    expect(o.states).toContain('breaking');
    expect(session.state.state).toBe('ready');
  });

  it('fails the pending command with the exit reason when the debugger dies mid-output', async () => {
    const o = observed();
    session = kdsimSession(['--scenario', 'mydriver-x86', '--fault', 'exit-mid-output=300'], o.observer);
    await session.start();
    const error = await session.execute('!analyze -v').then(
      () => null,
      (err: Error) => err,
    );
    expect(error?.message).toMatch(/kdsim exited with code \d+.*while running '!analyze -v'/);
    expect(session.state.state).toBe('failed');
    expect(session.state.reason).toMatch(/exited/);
    await expect(session.execute('.echo x')).rejects.toThrow(/exited/);
  });
});
