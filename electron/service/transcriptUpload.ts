// A recording opened by a shell — Electron's Open transcript…, a dropped file, the
// CLI's `--transcript FILE|-` — goes to the core's own `transcript.open` in the same
// pieces a page upload uses, so it is validated exactly like an upload. Files are read
// as the replay expects: UTF-8, or UTF-16LE as WinDbg's `.logopen /u` writes them.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { transcriptChunkChars } from '../contract';
import { recordingText } from '../debugger/replayRecording';
import { requestCore, type RequestHandlers } from './apiDispatcher';

/** The largest recording the core accepts (`transcript.open` refuses more). */
export const maxRecordingBytes = 256 * 1024 * 1024;

function tooLarge(name: string): Error {
  return new Error(`${name} is larger than 256 MB; PoolSleuth cannot open it.`);
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

/** The chunked `transcript.open` upload; the last piece opens the replay. */
export async function uploadRecording(handlers: RequestHandlers, name: string, text: string): Promise<void> {
  const uploadId = `shell-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const safeName = name.slice(0, 255) || 'transcript';
  for (let index = 0, at = 0; ; index++, at += transcriptChunkChars) {
    const last = at + transcriptChunkChars >= text.length;
    await requestCore(handlers, 'transcript.open', { uploadId, name: safeName, index, chunk: text.slice(at, at + transcriptChunkChars), last });
    if (last) return;
  }
}
