// The core's own console lines (contract/consoleNotes.ts): the English each code renders is
// the text the CLI, the MCP server, the backlog and the transcript carry, to the letter.
import { describe, expect, it } from 'vitest';
import { consoleNoteCodes, consoleNoteSchema, consoleNoteText, type ConsoleNote, type ConsoleNoteCode } from '../../../electron/contract';

const english: Record<ConsoleNoteCode, { note: ConsoleNote; text: string }> = {
  'debugger-exited': {
    note: { code: 'debugger-exited', reason: { code: 'exited', params: { name: 'kd.exe', exitCode: '3' } } },
    text: '[debugger exited: kd.exe exited with code 3]',
  },
  disconnected: {
    note: { code: 'disconnected', reason: { code: 'killed', params: { name: 'demo target', signal: 'SIGKILL' } } },
    text: '[disconnected: demo target was killed by SIGKILL]',
  },
  'closed-as-asked': { note: { code: 'closed-as-asked' }, text: '[Disconnected: the debugger was closed as you asked.]' },
  'session-failed': {
    note: { code: 'session-failed', reason: { code: 'as-said', params: { text: 'the debugger sent 9 MB without a prompt' } } },
    text: '[session failed: the debugger sent 9 MB without a prompt]',
  },
  'link-lost-reconnecting': {
    note: { code: 'link-lost-reconnecting', params: { host: 'lab-7' }, reason: { code: 'link-keepalive', params: { target: 'me@lab-7:22' } } },
    text: '[PoolSleuth] The link to lab-7 was lost (The SSH connection to me@lab-7:22 was lost: the server stopped answering keepalives). Reconnecting…',
  },
  'reconnect-attempt': {
    note: { code: 'reconnect-attempt', params: { attempt: '2', attempts: '5', seconds: '4' } },
    text: '[PoolSleuth] Reconnect attempt 2 of 5 in 4 s…',
  },
  'reconnect-failed': {
    note: { code: 'reconnect-failed', params: { error: 'connect ECONNREFUSED 10.0.0.7:22' } },
    text: '[PoolSleuth] Could not reconnect: connect ECONNREFUSED 10.0.0.7:22',
  },
  // The sentences below are the ones the core wrote as plain text before they were typed, to the letter.
  reconnected: {
    note: { code: 'reconnected', params: { host: 'lab-7' } },
    text:
      '[PoolSleuth] Reconnected to lab-7. The debugger was started again with the same command line: a dump is re-opened as it was; ' +
      'a live target was re-attached. Commands that were running when the link dropped were lost; debugger settings made during the ' +
      'session (.sympath, breakpoints, PoolHitTag) must be made again.',
  },
  'not-a-debugger': {
    note: { code: 'not-a-debugger', params: { program: '/bin/cat' } },
    text: '[PoolSleuth] /bin/cat is not a debugger: it did not answer like kd or cdb, so PoolSleuth ended it. Choose kd.exe or cdb.exe as the debugger.',
  },
  'not-in-transcript': {
    note: { code: 'not-in-transcript', params: { command: '!analyze -v' } },
    text: "[PoolSleuth] '!analyze -v' is not in the recorded transcript: a replay answers only the commands that were recorded.",
  },
  'saved-password-forgotten': {
    note: { code: 'saved-password-forgotten', params: { account: 'dev@lab01:22' } },
    text: '[PoolSleuth] The saved password for dev@lab01:22 was rejected by the server; it has been forgotten.',
  },
  'saved-password-not-forgotten': {
    note: { code: 'saved-password-not-forgotten', params: { account: 'dev@lab01:22', error: 'locked' } },
    text: '[PoolSleuth] The saved password for dev@lab01:22 was rejected by the server, but could not be forgotten: locked',
  },
  'saved-passphrase-forgotten': {
    note: { code: 'saved-passphrase-forgotten', params: { keyFile: '/home/dev/.ssh/id_ed25519' } },
    text: '[PoolSleuth] The saved passphrase of /home/dev/.ssh/id_ed25519 did not unlock the key; it has been forgotten.',
  },
  'saved-passphrase-not-forgotten': {
    note: { code: 'saved-passphrase-not-forgotten', params: { keyFile: '/k', error: 'locked' } },
    text: '[PoolSleuth] The saved passphrase of /k did not unlock the key, but could not be forgotten: locked',
  },
  'password-not-remembered': {
    note: { code: 'password-not-remembered', params: { error: 'disk full' } },
    text: '[PoolSleuth] Could not remember the password: disk full',
  },
  'passphrase-not-remembered': {
    note: { code: 'passphrase-not-remembered', params: { error: 'disk full' } },
    text: '[PoolSleuth] Could not remember the passphrase: disk full',
  },
  'break-failed': {
    note: { code: 'break-failed', params: { seconds: '0.8' } },
    text: '[PoolSleuth] The debugger did not stop within 0.8 s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.',
  },
  'commands-wait-for-stop': {
    note: { code: 'commands-wait-for-stop', params: { commands: '.echo a; lm' } },
    text: "[PoolSleuth] The target is running: '.echo a; lm' will run when it stops (press Break to stop it now).",
  },
  'command-silent-breaking': {
    note: { code: 'command-silent-breaking', params: { command: '!poolused 2', seconds: '30' } },
    text: "[PoolSleuth] '!poolused 2' printed nothing for 30 s; Breaking in once to recover…",
  },
  'startup-silent-breaking': {
    note: { code: 'startup-silent-breaking', params: { seconds: '60' } },
    text: "[PoolSleuth] 'the debugger start-up' printed nothing for 60 s; Breaking in once to recover…",
  },
  'waiting-for-target': {
    note: { code: 'waiting-for-target' },
    text: '[PoolSleuth] The debugger is waiting for the target to reconnect (KDNET). Commands wait; Disconnect ends the session.',
  },
  'target-connected-again': {
    note: { code: 'target-connected-again', params: { signal: 'Connected to Windows 10 19041 x64 target' } },
    text: '[PoolSleuth] The target connected again (Connected to Windows 10 19041 x64 target); it may have rebooted: earlier results describe the old boot.',
  },
};

describe('console notes (contract)', () => {
  it.each(consoleNoteCodes)('%s renders its English with the parameters and the typed reason filled in', (code) => {
    const sample = english[code];
    expect(sample, `a sample for ${code}`).toBeDefined();
    expect(consoleNoteText(sample.note)).toBe(sample.text);
    expect(consoleNoteText(sample.note)).not.toMatch(/\{\{/);
    expect(consoleNoteSchema.parse(sample.note)).toEqual(sample.note);
  });

  it('the schema refuses an unknown code, an unknown reason code and a parameter name that is not a plain word', () => {
    expect(consoleNoteSchema.safeParse({ code: 'made-up' }).success).toBe(false);
    expect(consoleNoteSchema.safeParse({ code: 'debugger-exited', reason: { code: 'nope' } }).success).toBe(false);
    expect(consoleNoteSchema.safeParse({ code: 'reconnect-failed', params: { __proto__x: 'a' } }).success).toBe(false);
    expect(consoleNoteSchema.safeParse({ code: 'closed-as-asked', extra: 1 }).success).toBe(false);
  });
});
