// Save transcript, shared by the console toolbar and the Electron File menu: it
// downloads what the core serialised (secrets never enter a transcript). Opening is
// transcriptOpening.ts.
import type { PoolSleuthBridge } from '../../../electron/contract';
import { downloadText } from './fileDownload';

export type TranscriptSaveFormat = 'transcript' | 'log';

export async function saveTranscript(bridge: PoolSleuthBridge, format: TranscriptSaveFormat): Promise<string> {
  const saved = await bridge.invoke('transcript.save', {});
  if (format === 'log') downloadText(saved.logFileName, saved.logText, 'text/plain');
  else downloadText(saved.fileName, saved.content, 'application/x-ndjson');
  return format === 'log' ? saved.logFileName : saved.fileName;
}
