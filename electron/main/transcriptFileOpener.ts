// Opens a saved transcript or a `.logopen` log as an offline session: read it, then
// hand it to the core's own `transcript.open` in the same pieces a page upload uses,
// so both are validated alike. Used by Open transcript…, file associations and
// drag-and-drop. The reading and the upload are the core's (service/transcriptUpload.ts),
// shared with the CLI's `--transcript`.
import path from 'node:path';
import type { RequestHandlers } from '../service/apiDispatcher';
import { readRecordingFile, uploadRecording } from '../service/transcriptUpload';

export const readTranscriptText = readRecordingFile;

export async function openTranscriptText(handlers: RequestHandlers, file: string, text: string): Promise<void> {
  await uploadRecording(handlers, path.basename(file), text);
}
