// Typed console notes (contract/consoleNotes.ts) through the core's console plumbing: the
// outbox puts each note whole into one event and says where it sits, the backlog keeps the
// offsets right for a restored page, and the chain sanitises the English the span covers.
import { describe, expect, it } from 'vitest';
import { consoleNoteText, type ConsoleNote, type ConsoleNoteSpan } from '../../../electron/contract';
import { ConsoleBacklog } from '../../../electron/service/consoleBacklog';
import { ConsoleChain, outboxStage } from '../../../electron/service/consoleChain';
import { ConsoleOutbox } from '../../../electron/service/consoleOutbox';

interface Sent {
  data: string;
  notes?: ConsoleNoteSpan[];
}

function outboxInto(sent: Sent[], options: ConstructorParameters<typeof ConsoleOutbox>[1] = {}): ConsoleOutbox {
  return new ConsoleOutbox((data, notes) => sent.push(notes ? { data, notes } : { data }), { schedule: (flush) => flush(), ...options });
}

/** Every span's covered text, read back out of its event. */
const covered = (sent: Sent[]) => sent.flatMap((e) => (e.notes ?? []).map((n) => e.data.slice(n.start, n.start + n.length)));

const closed: ConsoleNote = { code: 'closed-as-asked' };
const closedText = consoleNoteText(closed);

describe('ConsoleOutbox with typed notes', () => {
  it('puts a note whole in the event, with its start and length in that event', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent, { schedule: () => undefined });
    outbox.write('kd> q\r\n');
    outbox.write(closedText, closed);
    outbox.write('\r\n');
    outbox.acknowledge(0); // flush by hand: all three writes in one event
    expect(sent).toEqual([{ data: `kd> q\r\n${closedText}\r\n`, notes: [{ start: 7, length: closedText.length, note: closed }] }]);
  });

  it('a note that does not fit in the room left starts the next event; nothing is lost or reordered', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent, { maxEventChars: 60, schedule: () => undefined });
    const before = 'x'.repeat(40);
    outbox.write(before);
    outbox.write(closedText, closed); // 53 characters: 20 left in the first event
    outbox.write('tail');
    outbox.acknowledge(0);
    expect(closedText.length).toBeLessThanOrEqual(60);
    expect(sent[0]).toEqual({ data: before });
    expect(sent[1]).toEqual({ data: closedText.slice(0) + 'tail'.slice(0, 60 - closedText.length), notes: [{ start: 0, length: closedText.length, note: closed }] });
    expect(sent.map((e) => e.data).join('')).toBe(before + closedText + 'tail');
    expect(covered(sent)).toEqual([closedText]);
  });

  it('a note longer than one event is sent as plain text (cut like any output), without a span', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent, { maxEventChars: 20 });
    outbox.write(closedText, closed);
    expect(sent.map((e) => e.data).join('')).toBe(closedText);
    expect(sent.every((e) => e.notes === undefined)).toBe(true);
  });

  it('a note the wire schema would refuse (a parameter over 4096 characters) goes as plain English, so the page never drops the event', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent);
    const note: ConsoleNote = { code: 'not-in-transcript', params: { command: 'x'.repeat(5000) } };
    outbox.write(consoleNoteText(note), note);
    expect(sent).toEqual([{ data: consoleNoteText(note) }]);
  });

  it('at most 256 notes in one event; the next note starts the next event', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent, { schedule: () => undefined });
    for (let i = 0; i < 300; i++) outbox.write(closedText, closed);
    outbox.acknowledge(0);
    expect(sent.map((e) => e.notes?.length)).toEqual([256, 44]);
    expect(sent[1]!.notes![0]).toEqual({ start: 0, length: closedText.length, note: closed });
    expect(covered(sent)).toEqual(Array.from({ length: 300 }, () => closedText));
  });

  it('offsets survive the compaction of consumed entries (dropConsumed splices the front away)', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent, { highWatermark: 1000, lowWatermark: 200, maxEventChars: 500 });
    const lines = Array.from({ length: 12_000 }, (_, i) => `${i}\n`);
    const noteAt = new Set([3, 6000, 9000, 11_999]);
    const expected: string[] = [];
    lines.forEach((line, i) => {
      outbox.write(line);
      if (noteAt.has(i)) {
        const note: ConsoleNote = { code: 'reconnect-attempt', params: { attempt: String(i), attempts: '5', seconds: '1' } };
        outbox.write(consoleNoteText(note), note);
        expected.push(consoleNoteText(note));
      }
    });
    let rounds = 0;
    while (outbox.pendingChars > 0 && rounds++ < 100_000) outbox.acknowledge(outbox.unacknowledgedChars);
    expect(covered(sent)).toEqual(expected);
    const spans = sent.flatMap((e) => e.notes ?? []);
    expect(spans.map((s) => s.note.params?.attempt)).toEqual(['3', '6000', '9000', '11999']);
    expect(sent.map((e) => e.data).join('')).toContain(`6000\n${expected[1]}6001\n`);
  });
});

describe('ConsoleBacklog with typed notes', () => {
  it('gives each note its offset in the joined text', () => {
    const backlog = new ConsoleBacklog(1000);
    backlog.push('kd> q\r\n');
    backlog.push(`\r\n${closedText}\r\n`, [{ start: 2, length: closedText.length, note: closed }]);
    const { text, notes, omittedChars } = backlog.snapshot();
    expect(omittedChars).toBe(0);
    expect(notes).toEqual([{ start: 9, length: closedText.length, note: closed }]);
    expect(text.slice(9, 9 + closedText.length)).toBe(closedText);
  });

  it('shifts offsets after whole chunks are dropped and after the cut at a line start, and drops notes cut away', () => {
    const backlog = new ConsoleBacklog(100);
    const early: ConsoleNote = { code: 'reconnect-failed', params: { error: 'first' } };
    const earlyText = consoleNoteText(early);
    backlog.push(`${earlyText}\r\n`, [{ start: 0, length: earlyText.length, note: early }]);
    for (let i = 0; i < 6; i++) backlog.push(`line ${i}\r\n`);
    backlog.push(`ok\r\n${closedText}\r\n`, [{ start: 4, length: closedText.length, note: closed }]);
    // Kept: lines 0-5 and the last chunk (107 characters); the early note went with its chunk,
    // and the snapshot starts at the next line start (line 1).
    const { text, notes, omittedChars } = backlog.snapshot();
    expect(text).toBe(`line 1\r\nline 2\r\nline 3\r\nline 4\r\nline 5\r\nok\r\n${closedText}\r\n`);
    expect(omittedChars).toBe(earlyText.length + 2 + 8);
    expect(notes).toEqual([{ start: 44, length: closedText.length, note: closed }]);
    expect(text.slice(44, 44 + closedText.length)).toBe(closedText);
  });

  it('a note the line-start cut goes through is left out, not shifted to a wrong place', () => {
    const backlog = new ConsoleBacklog(60);
    const early: ConsoleNote = { code: 'reconnect-failed', params: { error: 'first' } };
    const earlyText = consoleNoteText(early);
    backlog.push(`ab${earlyText}\r\nkd> \r\n${closedText}`, [
      { start: 2, length: earlyText.length, note: early },
      { start: 2 + earlyText.length + 8, length: closedText.length, note: closed },
    ]);
    const { text, notes } = backlog.snapshot();
    expect(text).toBe(`kd> \r\n${closedText}`);
    expect(notes).toEqual([{ start: 6, length: closedText.length, note: closed }]);
  });

  it('a snapshot with no notes has no notes field', () => {
    const backlog = new ConsoleBacklog(1000);
    backlog.push('kd> ');
    expect(backlog.snapshot()).toEqual({ text: 'kd> ', omittedChars: 0 });
  });
});

describe('ConsoleChain.pushNote', () => {
  it('sends the note on a line of its own, its English sanitised, the span covering exactly that English', () => {
    const sent: Sent[] = [];
    const outbox = outboxInto(sent, { schedule: () => undefined });
    const chain = new ConsoleChain([outboxStage(outbox)]);
    const note: ConsoleNote = { code: 'reconnect-failed', params: { error: 'bad\u001b[2J' } };
    chain.push('kd> ');
    chain.pushNote(consoleNoteText(note), note);
    outbox.acknowledge(0);
    const english = '[PoolSleuth] Could not reconnect: bad\\x1b[2J';
    expect(sent).toEqual([{ data: `kd> \r\n${english}\r\n`, notes: [{ start: 6, length: english.length, note }] }]);
  });
});
