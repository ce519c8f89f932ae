// The chunked `transcript.open` upload, declared once for every shell that sends a
// recording's text to the core: the page (Open transcript…, a dropped file) through its
// bridge, Electron's dialog and file associations, and the CLI's `--transcript` through
// requestCore. The pieces stay under the WebSocket message limit; the last one opens the
// replay. Pure: no Node, so the renderer imports it too.
import type { RequestParams } from './apiSchema';
import { transcriptChunkChars } from './workspaceApi';

/** The largest recording the core opens: a file, standard input, or an upload's text. */
export const maxRecordingBytes = 256 * 1024 * 1024;

export function recordingTooLargeMessage(name: string): string {
  return `${name} is larger than 256 MB; PoolSleuth cannot open it.`;
}

export type TranscriptPiece = RequestParams<'transcript.open'>;

/** A fresh upload id (the contract's pattern: 8-64 of [A-Za-z0-9_-]); a new one drops an unfinished upload. */
export function newTranscriptUploadId(): string {
  return `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
}

/** The `transcript.open` requests for one text, in order; an empty text is one empty last piece. */
export function transcriptPieces(uploadId: string, name: string, text: string): TranscriptPiece[] {
  const safeName = name.slice(0, 255) || 'transcript';
  const pieces: TranscriptPiece[] = [];
  for (let index = 0, at = 0; ; index++, at += transcriptChunkChars) {
    const last = at + transcriptChunkChars >= text.length;
    pieces.push({ uploadId, name: safeName, index, chunk: text.slice(at, at + transcriptChunkChars), last });
    if (last) return pieces;
  }
}

/** Sends the pieces one after the other (the core requires their order); `send` is the shell's request. */
export async function uploadTranscriptText(send: (piece: TranscriptPiece) => Promise<unknown>, name: string, text: string, uploadId = newTranscriptUploadId()): Promise<void> {
  for (const piece of transcriptPieces(uploadId, name, text)) await send(piece);
}
