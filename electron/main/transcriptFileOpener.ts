// Opens a saved transcript file as an offline session: read it, then hand it to the
// core's own `transcript.open` in the same pieces a page upload uses, so both are
// validated alike. Used by Open transcript…, file associations and drag-and-drop.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { transcriptChunkChars } from '../contract';
import type { RequestHandlers } from '../service/apiDispatcher';
import { requestCore } from './coreRequest';

const maxTranscriptBytes = 256 * 1024 * 1024;

export async function readTranscriptText(file: string): Promise<string> {
  if ((await stat(file)).size > maxTranscriptBytes) throw new Error(`${path.basename(file)} is larger than 256 MB; PoolSleuth cannot open it.`);
  return readFile(file, 'utf8');
}

export async function openTranscriptText(handlers: RequestHandlers, file: string, text: string): Promise<void> {
  const uploadId = `file-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const name = path.basename(file).slice(0, 255) || 'transcript';
  for (let index = 0, at = 0; ; index++, at += transcriptChunkChars) {
    const last = at + transcriptChunkChars >= text.length;
    await requestCore(handlers, 'transcript.open', { uploadId, name, index, chunk: text.slice(at, at + transcriptChunkChars), last });
    if (last) return;
  }
}
