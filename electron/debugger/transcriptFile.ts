// Session transcripts on disk: JSON lines, a header line then one entry per
// line, so a file cut short is detected at the exact line. Also the plain-text
// export (like a WinDbg `.logopen` log) and the secret guard.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { TranscriptEntry } from './transcriptEntry';

export const transcriptHeaderSchema = z.object({
  format: z.literal('poolsleuth-transcript'),
  version: z.literal(1),
  createdAt: z.string().datetime({ offset: true }),
  /** What was debugged, e.g. "kd.exe on lab01 (crash dump MEMORY.DMP)". */
  target: z.object({ description: z.string().max(512), kind: z.enum(['dump', 'live', 'local', 'remote', 'demo']).nullable().default(null) }),
  /** The debugger prompt at the start, for the text export and replay. */
  prompt: z.string().max(64).default('kd> '),
});
export type TranscriptHeader = z.input<typeof transcriptHeaderSchema>;

export const transcriptEntrySchema = z.object({
  time: z.string().datetime({ offset: true }),
  // 'unsolicited' came later; files without it (all older ones) read as before.
  direction: z.enum(['input', 'output', 'unsolicited', 'state']),
  text: z.string(),
});

export interface Transcript {
  header: z.output<typeof transcriptHeaderSchema>;
  entries: TranscriptEntry[];
}

export class TranscriptFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptFormatError';
  }
}

const redacted = '********';

/**
 * Replaces known secrets and credentials embedded in URLs (`https://user:pw@host`,
 * e.g. in a symbol path) with asterisks.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:)[^\s/@]+@/gi, `$1${redacted}@`);
  for (const secret of secrets) {
    if (secret.length >= 1) out = out.split(secret).join(redacted);
  }
  return out;
}

export function serializeTranscript(transcript: { header: TranscriptHeader; entries: readonly TranscriptEntry[] }, secrets: readonly string[] = []): string {
  const header = transcriptHeaderSchema.parse(transcript.header);
  const lines = [JSON.stringify(header)];
  for (const entry of transcript.entries) {
    const valid = transcriptEntrySchema.parse(entry);
    lines.push(JSON.stringify({ ...valid, text: redactSecrets(valid.text, secrets) }));
  }
  return lines.join('\n') + '\n';
}

export function parseTranscript(text: string, source = 'transcript'): Transcript {
  if (text.trim().length === 0) throw new TranscriptFormatError(`${source} is empty: not a PoolSleuth transcript.`);
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  if (complete) lines.pop();
  const parseLine = (line: string, index: number): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      const isLast = index === lines.length - 1;
      throw new TranscriptFormatError(
        isLast && !complete
          ? `${source} is truncated: line ${index + 1} ends in the middle of an entry (the file was cut short; ${index - 1} entries are complete).`
          : `${source} is corrupt at line ${index + 1}: not valid JSON.`,
      );
    }
  };
  const header = transcriptHeaderSchema.safeParse(parseLine(lines[0]!, 0));
  if (!header.success) {
    throw new TranscriptFormatError(`${source} is not a PoolSleuth transcript (version 1): the first line is not a valid header (${header.error.issues[0]?.path.join('.') || 'header'}: ${header.error.issues[0]?.message}).`);
  }
  const entries: TranscriptEntry[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const entry = transcriptEntrySchema.safeParse(parseLine(line, i + 1));
    if (!entry.success) throw new TranscriptFormatError(`${source} is corrupt at line ${i + 2}: ${entry.error.issues[0]?.path.join('.')}: ${entry.error.issues[0]?.message}.`);
    entries.push(entry.data);
  });
  return { header: header.data, entries };
}

/** Written to a temporary name then renamed, so a crash never leaves half a file. */
export async function saveTranscript(file: string, transcript: { header: TranscriptHeader; entries: readonly TranscriptEntry[] }, secrets: readonly string[] = []): Promise<void> {
  const text = serializeTranscript(transcript, secrets);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.partial`;
  await writeFile(tmp, text, { encoding: 'utf8', mode: 0o600 });
  await rename(tmp, file);
}

export async function loadTranscript(file: string): Promise<Transcript> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new TranscriptFormatError(`Cannot read the transcript ${file}: ${(err as Error).message}`);
  }
  return parseTranscript(text, path.basename(file));
}

/**
 * Plain text like a WinDbg `.logopen` log: each command after the prompt,
 * then its output. State changes are not part of a debugger log and are left out.
 *
 * The session writes a batch of commands at once, so the transcript holds all the
 * batch's `input` entries and then their `output` entries in the same order: outputs
 * are paired with the commands still waiting for one, first in first out (input i ↔
 * the i-th output after it). A command that never got an output (the debugger exited
 * or the link was lost: a `failed`/`disconnected` state) is written with none.
 */
export interface RecordedCommand {
  /** null: output no command asked for — the debugger's banner at start-up, or unsolicited text (kept, without a prompt line). */
  command: string | null;
  outputs: string[];
  /** Set on an `unsolicited` entry's item: printed while nothing ran, so neither a banner nor an answer to replay. */
  unsolicited?: true;
}

/**
 * Each command with its own output, also when commands were written as a batch.
 * Output no command waits for goes to the last command, except after a debugger
 * (re)start (`connecting`): that is the debugger's banner, kept as its own item.
 * An `unsolicited` entry is an item of its own where it happened.
 */
export function pairCommandsWithOutputs(entries: readonly TranscriptEntry[]): RecordedCommand[] {
  return pairCommandsWithOutputEntries(entries).map((item) => ({ ...item, outputs: item.outputs.map((e) => e.text) }));
}

/** pairCommandsWithOutputs with the output entries themselves (the streaming export finds a spilled output's file by its entry). */
export function pairCommandsWithOutputEntries(entries: readonly TranscriptEntry[]): { command: string | null; outputs: TranscriptEntry[]; unsolicited?: true }[] {
  type Item = { command: string | null; outputs: TranscriptEntry[]; unsolicited?: true };
  const items: Item[] = [];
  const waiting: Item[] = [];
  let lastCommand: Item | null = null;
  for (const entry of entries) {
    if (entry.direction === 'input') {
      const item: Item = { command: entry.text, outputs: [] };
      items.push(item);
      waiting.push(item);
      lastCommand = item;
    } else if (entry.direction === 'output') {
      const owner = waiting.shift() ?? lastCommand;
      if (owner) owner.outputs.push(entry);
      else {
        lastCommand = { command: null, outputs: [entry] };
        items.push(lastCommand);
      }
    } else if (entry.direction === 'unsolicited') {
      // In order, on its own: later answers still go to the commands waiting for them.
      items.push({ command: null, outputs: [entry], unsolicited: true });
    } else if (/^(failed|disconnected)\b/.test(entry.text)) {
      waiting.length = 0;
    } else if (/^connecting\b/.test(entry.text)) {
      waiting.length = 0;
      lastCommand = null;
    }
  }
  return items;
}

export function transcriptToLogText(transcript: Transcript, logName = 'transcript.log'): string {
  const prompt = transcript.header.prompt;
  const out: string[] = [`Opened log file '${logName}'`];
  for (const item of pairCommandsWithOutputs(transcript.entries)) {
    if (item.command !== null) out.push(`${prompt}${item.command}`);
    for (const text of item.outputs) {
      if (text.length > 0) out.push(text.replace(/\r?\n$/, '').replace(/\r?\n/g, '\r\n'));
    }
  }
  out.push(`${prompt}.logclose`, `Closing open log file ${logName}`);
  return out.join('\r\n') + '\r\n';
}
