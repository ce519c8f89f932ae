// The console fan-out: one named order (sanitizer → outbox, progress tap, bug-check
// watcher) for every text the console shows, the core's notes included.
import { describe, expect, it } from 'vitest';
import { ConsoleOutputTap } from '../../../electron/investigation/commandRunner';
import { BugCheckStage, noteConsoleChain, sessionConsoleChain } from '../../../electron/service/consoleChain';
import { ConsoleOutbox } from '../../../electron/service/consoleOutbox';

function outboxInto(sent: string[]): ConsoleOutbox {
  return new ConsoleOutbox((data) => sent.push(data), { schedule: (flush) => flush() });
}

describe('console chain', () => {
  it('a session: sanitizer → outbox, progress tap, bug-check watcher, each seeing the same sanitised text', () => {
    const sent: string[] = [];
    const tapped: string[] = [];
    const tap = new ConsoleOutputTap();
    tap.subscribe((text) => tapped.push(text));
    const bugChecks: string[] = [];
    const stage = new BugCheckStage((b) => bugChecks.push(b));
    const chain = sessionConsoleChain(outboxInto(sent), tap, stage);
    expect(chain.names).toEqual(['sanitizer', 'outbox', 'progress tap', 'bug-check watcher']);

    // An OSC 52 clipboard write from a dump's string: shown, never acted on.
    chain.push('evil \u001b]52;c;ZXZpbA==\u0007 string\r\n');
    expect(sent).toEqual(['evil \\x1b]52;c;ZXZpbA==\\x07 string\r\n']);
    expect(tapped).toEqual(sent);
  });

  it('the bug-check watcher is silent until armed after the banner, then reports a new bug check once', () => {
    const bugChecks: string[] = [];
    const stage = new BugCheckStage((b) => bugChecks.push(b));
    const chain = sessionConsoleChain(outboxInto([]), new ConsoleOutputTap(), stage);
    const fatal = '*** Fatal System Error: 0x000000c4\r\n                       (0x00000062,0x9707712C,0x9C1FAF70,0x00000003)\r\n';
    chain.push(fatal);
    expect(bugChecks).toEqual([]);
    stage.arm(null);
    chain.push(fatal);
    chain.push(fatal);
    expect(bugChecks).toEqual(['0xC4 (0x62, …)']);
  });

  it("the core's notes go through the sanitizer to the outbox only", () => {
    const sent: string[] = [];
    const notes = noteConsoleChain(outboxInto(sent));
    expect(notes.names).toEqual(['sanitizer', 'outbox']);
    // A note can quote text from the target side (an exit reason, an SSH server's message).
    notes.push('\r\n[PoolSleuth] The link was lost (server said \u009b2J\u202egnp.exe).\r\n');
    expect(sent).toEqual(['\r\n[PoolSleuth] The link was lost (server said \\x9b2J\\u202egnp.exe).\r\n']);
  });
});
