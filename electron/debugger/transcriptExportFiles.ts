// The saved transcript written to disk as a stream: the JSON-lines transcript and the
// `.logopen`-style log. An output the session spilled to disk is in the transcript only
// as its head; its whole text is read back from its file in line-aligned chunks and
// written out piece by piece (one JSON string written in pieces), so a 1 GB output
// never sits in memory whole. Same bytes as serializeTranscript/transcriptToLogText when
// nothing was spilled.
import { open, rename, mkdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fileLineChunks } from './lineChunks';
import type { TranscriptEntry } from './transcriptEntry';
import { pairCommandsWithOutputEntries, redactSecrets, transcriptEntrySchema, transcriptHeaderSchema, type TranscriptHeader } from './transcriptFile';

/** Where the whole text of an entry lives when the entry holds only its head. */
export interface WholeOutput {
  file: string;
  /** Appended after the file's text (a truncation note), or ''. */
  suffix: string;
}

export type WholeOutputOf = (entry: TranscriptEntry) => WholeOutput | null;

export interface TranscriptExportResult {
  transcriptFile: string;
  logFile: string;
  transcriptBytes: number;
  logBytes: number;
}

/** Buffers small writes into ~1 MB file writes. */
class FileWriter {
  private parts: string[] = [];
  private chars = 0;
  bytes = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const data = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.chars = 0;
    this.bytes += data.length;
    await this.handle.write(data);
  }
}

/** Text chunks of an entry: its own text, or its whole output from the file (line-aligned) plus the suffix. */
async function* entryText(entry: TranscriptEntry, whole: WholeOutput | null): AsyncGenerator<string> {
  if (!whole) {
    yield entry.text;
    return;
  }
  yield* fileLineChunks(whole.file);
  if (whole.suffix) yield whole.suffix;
}

async function writeEntry(out: FileWriter, entry: TranscriptEntry, whole: WholeOutput | null, secrets: readonly string[]): Promise<void> {
  const valid = transcriptEntrySchema.parse(entry);
  if (!whole) {
    await out.write(JSON.stringify({ ...valid, text: redactSecrets(valid.text, secrets) }) + '\n');
    return;
  }
  // The same key order as JSON.stringify of a parsed entry; the text written in escaped pieces.
  await out.write(`{"time":${JSON.stringify(valid.time)},"direction":${JSON.stringify(valid.direction)},"text":"`);
  for await (const chunk of entryText(entry, whole)) await out.write(JSON.stringify(redactSecrets(chunk, secrets)).slice(1, -1));
  await out.write('"}\n');
}

/** One output in the log: CRLF line ends, its one final line end dropped (the caller's line end follows), as transcriptToLogText does. */
async function writeLogOutput(out: FileWriter, entry: TranscriptEntry, whole: WholeOutput | null, secrets: readonly string[]): Promise<void> {
  let any = false;
  /** Line-end characters at the end of what was read, held until we know whether more follows. */
  let pending = '';
  for await (const chunk of entryText(entry, whole)) {
    if (chunk.length === 0) continue;
    any = true;
    let text = pending + redactSecrets(chunk, secrets);
    const end = /\r?\n$|\r$/.exec(text)?.[0] ?? '';
    pending = end;
    text = text.slice(0, text.length - end.length);
    await out.write(text.replace(/\r?\n/g, '\r\n'));
  }
  if (!any) return;
  // A final newline is dropped; a lone CR is text.
  if (pending === '\r') await out.write('\r');
  await out.write('\r\n');
}

/**
 * Writes `<base>.pstranscript` and `<base>.log` into `dir` (each through a `.partial` name,
 * renamed when complete, so a failure never leaves half a file under the real name).
 */
export async function writeTranscriptExport(
  dir: string,
  base: string,
  transcript: { header: TranscriptHeader; entries: readonly TranscriptEntry[] },
  wholeOutputOf: WholeOutputOf,
  secrets: readonly string[] = [],
): Promise<TranscriptExportResult> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const header = transcriptHeaderSchema.parse(transcript.header);
  const transcriptFile = path.join(dir, `${base}.pstranscript`);
  const logFile = path.join(dir, `${base}.log`);
  const logName = path.basename(logFile);

  const jsonHandle = await open(`${transcriptFile}.partial`, 'w', 0o600);
  const json = new FileWriter(jsonHandle);
  try {
    await json.write(JSON.stringify(header) + '\n');
    for (const entry of transcript.entries) await writeEntry(json, entry, wholeOutputOf(entry), secrets);
    await json.flush();
  } finally {
    await jsonHandle.close();
  }

  const logHandle = await open(`${logFile}.partial`, 'w', 0o600);
  const log = new FileWriter(logHandle);
  try {
    await log.write(`Opened log file '${logName}'\r\n`);
    for (const item of pairCommandsWithOutputEntries(transcript.entries)) {
      if (item.command !== null) await log.write(`${header.prompt}${redactSecrets(item.command, secrets)}\r\n`);
      for (const entry of item.outputs) await writeLogOutput(log, entry, wholeOutputOf(entry), secrets);
    }
    await log.write(`${header.prompt}.logclose\r\nClosing open log file ${logName}\r\n`);
    await log.flush();
  } finally {
    await logHandle.close();
  }
  await rename(`${transcriptFile}.partial`, transcriptFile);
  await rename(`${logFile}.partial`, logFile);
  return { transcriptFile, logFile, transcriptBytes: json.bytes, logBytes: log.bytes };
}
