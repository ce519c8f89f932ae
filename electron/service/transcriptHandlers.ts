// `transcript.save` / `transcript.open`: the session recording as a reopenable
// JSON-lines file plus a `.logopen`-style log, and a saved one (or any `.logopen`
// text log) reopened as a read-only replay session. The renderer downloads and uploads the text (the
// browser cannot hand us paths); uploads arrive in pieces under the
// WebSocket message limit.
import { maxRecordingBytes, recordingTooLargeMessage, type SessionState } from '../contract';
import type { TranscriptEntry } from '../debugger/transcriptEntry';
import { readFile } from 'node:fs/promises';
import { serializeTranscript, transcriptToLogText, parseTranscript } from '../debugger/transcriptFile';
import { writeTranscriptExport, type WholeOutputOf } from '../debugger/transcriptExportFiles';
import { preparePastedSession } from '../parsers/pastedSession';
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'transcript.save' | 'transcript.open' | 'transcript.openText' | 'transcript.openWithDialog'>;

export interface TranscriptContext {
  entries(): readonly TranscriptEntry[];
  /** The last session's target and prompt (kept after a disconnect). */
  lastState(): SessionState | null;
  /** The core's one "replay this text" entry point (saved transcript or text log). */
  openTranscriptText(text: string, name: string): Promise<void>;
  /** The whole text of an output entry that holds only its head (spilled past the memory cap). */
  wholeOutputOf?: WholeOutputOf;
  /** Where transcript.save writes the whole transcript and log files. */
  exportDir?: () => string;
}

/** Files up to this size also come back inline in the reply (the page downloads them); larger ones only on disk. */
const maxInlineExportBytes = 128 * 1024 * 1024;

function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '-');
}

export function createTranscriptHandlers(context: TranscriptContext): Handlers {
  /** At most one upload at a time: a new upload id drops an unfinished one. */
  let upload: { id: string; name: string; chunks: string[]; chars: number } | null = null;

  return {
    'transcript.save': async () => {
      const entries = context.entries();
      if (entries.length === 0) throw new Error('Nothing has been recorded yet: connect to a target first.');
      const state = context.lastState();
      const createdAt = entries[0]!.time;
      const kind = state?.target?.targetKind ?? null;
      const transcript = {
        header: {
          format: 'poolsleuth-transcript' as const,
          version: 1 as const,
          createdAt,
          target: { description: (state?.target?.description ?? 'unknown target').slice(0, 512), kind },
          prompt: state?.prompt ?? 'kd> ',
        },
        entries,
      };
      const base = `poolsleuth-${fileStamp(createdAt)}`;
      const logFileName = `${base}.log`;
      if (!context.exportDir) {
        const content = serializeTranscript(transcript);
        // Rendered from the serialised (redacted) form, so both files hold the same text.
        return { fileName: `${base}.pstranscript`, content, logFileName, logText: transcriptToLogText(parseTranscript(content), logFileName) };
      }
      // Written to disk as a stream: a spilled output is there whole, read back from its file.
      const written = await writeTranscriptExport(context.exportDir(), base, transcript, context.wholeOutputOf ?? (() => null));
      const inline = written.transcriptBytes + written.logBytes <= maxInlineExportBytes;
      const content = inline ? await readFile(written.transcriptFile, 'utf8') : serializeTranscript(transcript);
      return {
        fileName: `${base}.pstranscript`,
        // Too large to send: the heads (each spilled output says where it was cut); the whole files are on disk.
        content,
        logFileName,
        logText: inline ? await readFile(written.logFile, 'utf8') : transcriptToLogText(parseTranscript(content), logFileName),
        filePath: written.transcriptFile,
        logFilePath: written.logFile,
        complete: inline,
      };
    },
    'transcript.open': async ({ uploadId, name, index, chunk, last }) => {
      if (index === 0) upload = { id: uploadId, name, chunks: [], chars: 0 };
      if (!upload || upload.id !== uploadId || upload.chunks.length !== index) {
        throw new Error('The transcript upload arrived out of order; open the file again.');
      }
      upload.chunks.push(chunk);
      upload.chars += chunk.length;
      // Characters, not bytes: the text is decoded already; a file under the byte limit always fits.
      if (upload.chars > maxRecordingBytes) {
        const tooLarge = recordingTooLargeMessage(upload.name);
        upload = null;
        throw new Error(tooLarge);
      }
      if (!last) return { ok: true as const, opened: false };
      const { chunks, name: fileName } = upload;
      upload = null;
      await context.openTranscriptText(chunks.join(''), fileName);
      return { ok: true as const, opened: true };
    },
    'transcript.openText': async ({ name, text }) => {
      // Pasted text: paste decorations off, bare output given its command (parsers/pastedSession.ts).
      const pasted = preparePastedSession(text);
      await context.openTranscriptText(pasted.logText, name);
      return { ok: true as const, commands: pasted.commands, warnings: pasted.warnings };
    },
    'transcript.openWithDialog': async () => {
      throw new Error('Native file dialogs exist only in the desktop app; choose the file in the page.');
    },
  };
}
