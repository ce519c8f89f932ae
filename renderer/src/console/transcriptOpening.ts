// Open transcript (the console toolbar, a dropped file): the file's text goes to the
// core in the contract's pieces (contract/transcriptUploadPieces.ts), the same upload
// every shell sends, and the core replays it as a read-only session.
import { maxRecordingBytes, recordingTooLargeMessage, uploadTranscriptText, type PoolSleuthBridge } from '../../../electron/contract';

/** Sends a transcript's text to the core, which opens it as an offline session. */
export async function openTranscriptText(bridge: PoolSleuthBridge, name: string, text: string): Promise<void> {
  await uploadTranscriptText((piece) => bridge.invoke('transcript.open', piece), name, text);
}

/** A file over the core's limit is refused before the page reads it into memory. */
export async function openTranscriptFile(bridge: PoolSleuthBridge, file: File): Promise<void> {
  if (file.size > maxRecordingBytes) throw new Error(recordingTooLargeMessage(file.name));
  await openTranscriptText(bridge, file.name, await file.text());
}
