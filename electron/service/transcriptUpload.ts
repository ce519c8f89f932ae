// A recording opened by a shell — Electron's Open transcript…, a dropped file, the
// CLI's `--transcript FILE|-` — goes to the core's own `transcript.open` in the same
// pieces a page upload uses (contract/transcriptUploadPieces.ts), so it is validated exactly like an upload. Files are read
// as the replay expects: UTF-8, or UTF-16LE as WinDbg's `.logopen /u` writes them.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { maxRecordingBytes, recordingTooLargeMessage, uploadTranscriptText } from '../contract';
import { recordingText } from '../debugger/replayRecording';
import { requestCore, type RequestHandlers } from './apiDispatcher';

function tooLarge(name: string): Error {
  return new Error(recordingTooLargeMessage(name));
}

export async function readRecordingFile(file: string): Promise<string> {
  if ((await stat(file)).size > maxRecordingBytes) throw tooLarge(path.basename(file));
  return recordingText(await readFile(file));
}

/** Standard input (a pasted log), with the same limit as a file. */
export async function readRecordingStream(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += piece.length;
    if (bytes > maxRecordingBytes) throw tooLarge(name);
    chunks.push(piece);
  }
  return recordingText(Buffer.concat(chunks));
}

/** The contract's chunked `transcript.open` upload, through the dispatcher. */
export async function uploadRecording(handlers: RequestHandlers, name: string, text: string): Promise<void> {
  await uploadTranscriptText((piece) => requestCore(handlers, 'transcript.open', piece), name, text);
}
