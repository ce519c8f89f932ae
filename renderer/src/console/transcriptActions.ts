// Save transcript / Open transcript, shared by the console toolbar and the
// Electron File menu. Saving downloads what the core serialised (secrets never
// enter a transcript); opening uploads a file's text in pieces below the
// WebSocket message limit, and the core replays it as a read-only session.
import { transcriptChunkChars, type PoolSleuthBridge } from '../../../electron/contract';
import { downloadText } from './fileDownload';

export type TranscriptSaveFormat = 'transcript' | 'log';

export async function saveTranscript(bridge: PoolSleuthBridge, format: TranscriptSaveFormat): Promise<string> {
  const saved = await bridge.invoke('transcript.save', {});
  if (format === 'log') downloadText(saved.logFileName, saved.logText, 'text/plain');
  else downloadText(saved.fileName, saved.content, 'application/x-ndjson');
  return format === 'log' ? saved.logFileName : saved.fileName;
}

function uploadId(): string {
  return `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Sends a transcript's text to the core, which opens it as an offline session. */
export async function openTranscriptText(bridge: PoolSleuthBridge, name: string, text: string): Promise<void> {
  const id = uploadId();
  const safeName = name.slice(0, 255) || 'transcript';
  for (let index = 0, at = 0; ; index++, at += transcriptChunkChars) {
    const last = at + transcriptChunkChars >= text.length;
    await bridge.invoke('transcript.open', { uploadId: id, name: safeName, index, chunk: text.slice(at, at + transcriptChunkChars), last });
    if (last) return;
  }
}

export async function openTranscriptFile(bridge: PoolSleuthBridge, file: File): Promise<void> {
  await openTranscriptText(bridge, file.name, await file.text());
}
