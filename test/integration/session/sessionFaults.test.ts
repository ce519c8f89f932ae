// The session against kdsim's faults over real pipes: every command is settled and
// the state ends true (recovered or failed with the reason), never `busy` forever.
// Timeouts are short and configured; nothing here asserts how long anything took.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../../electron/contract';
import { BreakFailedError, CommandTimeoutError, type DebuggerSession, type SessionObserver } from '../../../electron/debugger/debuggerSession';
import type { TransportExit } from '../../../electron/debugger/debuggerTransport';
import { kdsimSession } from './kdsimProcess';

let session: DebuggerSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

function watch() {
  const states: SessionState[] = [];
  let consoleText = '';
  const exits: TransportExit[] = [];
  const observer: SessionObserver = {
    state: (s) => states.push(s),
    console: (t) => {
      consoleText += t;
    },
    ended: (e) => exits.push(e),
  };
  return { states, exits, observer, console: () => consoleText };
}

const short = { hangTimeoutMs: 600, breakTimeoutMs: 600, startupTimeoutMs: 20_000 };

function settled<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: Error }> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: Error) => ({ ok: false as const, error }),
  );
}

describe('session faults over real pipes', () => {
  it('hang: the silent command times out, the queued one fails with the reason, the session fails and the debugger is ended', async () => {
    const w = watch();
    // hang=3: kdsim answers three lines (the start-up sync, `.echo one` and its marker), then never again.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--fault', 'hang=3'], w.observer, short);
    await session.start();
    expect((await session.execute('.echo one')).output).toBe('one\n');
    const silent = settled(session.execute('!analyze -v'));
    const queued = settled(session.execute('.echo two'));
    const first = await silent;
    const second = await queued;
    expect(first.ok).toBe(false);
    expect(!first.ok && first.error).toBeInstanceOf(CommandTimeoutError);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.error.message).toMatch(/The debugger is not responding: '!analyze -v' printed nothing for 0\.6 s\. It did not answer a break/);
    expect(session.state.state).toBe('failed');
    expect(session.state.reason).toMatch(/not responding/);
    // The hung process is ended by the session itself (kdsim's hang ignores q and Ctrl+C).
    await expect.poll(() => w.exits.length, { timeout: 20_000 }).toBe(1);
    await expect(session.execute('.echo three')).rejects.toThrow(/not responding/);
    expect(w.states.map((s) => s.state)).toContain('breaking');
    expect(w.console()).toContain('[session failed: The debugger is not responding');
  });

  it('hang at start-up: start() rejects and the debugger is ended', { timeout: 90_000 }, async () => {
    const w = watch();
    // The start-up limit covers kdsim's own start (tsx) on a loaded machine; the hang comes after the banner.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--fault', 'hang=0'], w.observer, { ...short, startupTimeoutMs: 15_000 });
    const started = await settled(session.start());
    expect(started.ok).toBe(false);
    expect(!started.ok && started.error.message).toMatch(/not responding: 'the debugger start-up' printed nothing for 15 s/);
    expect(session.state.state).toBe('failed');
    await expect.poll(() => w.exits.length, { timeout: 20_000 }).toBe(1);
  });

  it('closed output: a debugger that closes stdout but keeps running fails the session at once, queued commands too', async () => {
    const w = watch();
    // close-output=3: after three lines (start-up sync, `.echo one`, its marker) kdsim closes stdout and lives on, deaf.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--fault', 'close-output=3'], w.observer, { ...short, hangTimeoutMs: 0 });
    await session.start();
    expect((await session.execute('.echo one')).output).toBe('one\n');
    const running = settled(session.execute('lm'));
    const queued = settled(session.execute('.echo two'));
    const [a, b] = [await running, await queued];
    expect(!a.ok && a.error.message).toMatch(/kdsim closed its output but kept running; it was ended\..*while running 'lm'/);
    expect(!b.ok && b.error.message).toMatch(/closed its output/);
    expect(session.state.state).toBe('failed');
    expect(w.exits).toHaveLength(1);
    expect(w.exits[0]!.expected).toBe(false);
  });

  it('a timeout that the break recovers: the silent command fails, the queued one runs, the session is ready', async () => {
    // --latency: kdsim says nothing for 1.5 s before each answer; the break stops the wait.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--latency', '1500'], {}, { ...short, hangTimeoutMs: 0, breakTimeoutMs: 20_000 });
    await session.start();
    const slow = settled(session.execute('!analyze -v', { timeoutMs: 300 }));
    const next = settled(session.execute('.echo still-alive', { timeoutMs: 20_000 }));
    const [a, b] = [await slow, await next];
    expect(!a.ok && a.error).toBeInstanceOf(CommandTimeoutError);
    expect(b.ok && b.value.output).toBe('still-alive\n');
    expect(session.state.state).toBe('ready');
  });

  it('a Break the debugger never receives gives up with the stated reason and leaves the state true', async () => {
    const w = watch();
    session = kdsimSession(['--scenario', 'live-growth-x64', '--fault', 'ignore-break'], w.observer, { breakTimeoutMs: 800, breakResendMs: 200 });
    await session.start();
    const go = settled(session.execute('g'));
    await expect.poll(() => session!.state.state).toBe('running');
    const broke = await settled(session.interrupt());
    expect(!broke.ok && broke.error).toBeInstanceOf(BreakFailedError);
    expect(!broke.ok && broke.error.message).toBe(
      'The debugger did not stop within 0.8 s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.',
    );
    expect(session.state.state).toBe('running');
    expect(session.state.activity?.kind).toBe('break-failed');
    // The UI translates from the typed value, not from the English sentence.
    expect(session.state.activity?.params).toEqual({ seconds: '0.8' });
    await session.close();
    expect((await go).ok).toBe(false);
    session = null;
  });

  it('g followed at once by Break still breaks: the lost Ctrl+C is sent again until the prompt returns', async () => {
    const w = watch();
    // lose-early-break=400: a Ctrl+C in the first 400 ms after g is lost, as before kd resumes the target.
    session = kdsimSession(['--scenario', 'live-growth-x64', '--fault', 'lose-early-break=400'], w.observer, { breakTimeoutMs: 20_000, breakResendMs: 250 });
    await session.start();
    const go = session.execute('g');
    await session.interrupt();
    expect((await go).output).toMatch(/Break instruction exception/);
    expect((await session.execute('.echo after')).output).toBe('after\n');
    expect(session.state.state).toBe('ready');
  });

  it('a Break lost before kd started a long listing is sent again once the listing prints on for a break timeout', async () => {
    const w = watch();
    // lose-early-break=400: kd drops the Ctrl+C that arrives before it starts the command; slow=1
    // makes the !verifier 0x80 log walk last far longer than any test.
    session = kdsimSession(['--scenario', 'mydriver-x86', '--fault', 'lose-early-break=400', '--fault', 'slow=1'], w.observer, {
      breakTimeoutMs: 1_500,
      breakResendMs: 250,
      startupTimeoutMs: 60_000,
    });
    await session.start();
    const walk = settled(session.execute('!verifier 0x80', { timeoutMs: 600_000 }));
    await expect.poll(() => session!.state.state).toBe('busy');
    await session.interrupt();
    const walked = await walk;
    // Interrupted: the log walk never reached its end, and the session answers again.
    expect(walked.ok && walked.value.output).not.toMatch(/Finished parsing all pool tracking information/);
    expect(w.console()).toMatch(/\^C|Break|break/);
    expect((await session.execute('.echo after')).output).toBe('after\n');
    expect(session.state.state).toBe('ready');
  });

  it('after a break the next command answers, 20 of 20', async () => {
    session = kdsimSession(['--scenario', 'live-growth-x64'], {}, { breakTimeoutMs: 20_000 });
    await session.start();
    let answered = 0;
    for (let i = 0; i < 20; i++) {
      const go = session.execute('g');
      await expect.poll(() => session!.state.state).toBe('running');
      await session.interrupt();
      await go;
      if ((await session.execute(`.echo round-${i}`)).output === `round-${i}\n`) answered++;
    }
    expect(answered).toBe(20);
  });

  it('a command typed while the target runs waits with a visible note and runs after the break', async () => {
    const w = watch();
    session = kdsimSession(['--scenario', 'live-growth-x64'], w.observer, { breakTimeoutMs: 20_000 });
    await session.start();
    const go = session.execute('g');
    await expect.poll(() => session!.state.state).toBe('running');
    const typed = session.execute('.echo typed-while-running');
    expect(w.console()).toContain("[PoolSleuth] The target is running: '.echo typed-while-running' will run when it stops");
    expect(session.state.activity?.kind).toBe('commands-queued');
    await session.interrupt();
    await go;
    expect((await typed).output).toBe('typed-while-running\n');
  });

  it('no timeout breaks into a target the user resumed', async () => {
    const w = watch();
    session = kdsimSession(['--scenario', 'live-growth-x64'], w.observer, { hangTimeoutMs: 200, commandTimeoutMs: 200 });
    await session.start();
    const go = session.execute('g');
    await expect.poll(() => session!.state.state).toBe('running');
    // Well past both timeouts: still running, no break sent.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(session.state.state).toBe('running');
    expect(w.states.map((s) => s.state)).not.toContain('breaking');
    await session.interrupt();
    expect((await go).output).toMatch(/Break instruction exception/);
  });

  it('a target that reboots while running: "Waiting to reconnect..." and the new banner are shown, the session stays running', async () => {
    const w = watch();
    session = kdsimSession(['--scenario', 'live-growth-x64', '--fault', 'reconnect-on-run=200'], w.observer, { hangTimeoutMs: 300, breakTimeoutMs: 20_000 });
    await session.start();
    const go = session.execute('g');
    await expect.poll(() => w.console(), { timeout: 20_000 }).toContain('[PoolSleuth] The target connected again');
    expect(w.console()).toContain('The debugger is waiting for the target to reconnect');
    expect(w.states.some((s) => s.activity?.kind === 'waiting-to-reconnect')).toBe(true);
    expect(session.state.state).toBe('running');
    await session.interrupt();
    expect((await go).output).toMatch(/Break instruction exception/);
    expect((await session.execute('.echo back')).output).toBe('back\n');
  });
});
