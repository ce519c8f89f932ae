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
