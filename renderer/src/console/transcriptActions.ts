// Save transcript, shared by the console toolbar and the Electron File menu: it
// downloads what the core serialised (secrets never enter a transcript). Opening is
// transcriptOpening.ts.
import type { PoolSleuthBridge } from '../../../electron/contract';
import { downloadText } from '../investigation/export/downloadFile';
import type { SavedTranscript } from './savedTranscriptNotice';

export type TranscriptSaveFormat = 'transcript' | 'log';


export async function saveTranscript(bridge: PoolSleuthBridge, format: TranscriptSaveFormat): Promise<SavedTranscript> {
  const saved = await bridge.invoke('transcript.save', {});
  if (format === 'log') downloadText(saved.logFileName, 'text/plain', saved.logText);
  else downloadText(saved.fileName, 'application/x-ndjson', saved.content);
  const filePaths = [saved.filePath, saved.logFilePath].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return { fileName: format === 'log' ? saved.logFileName : saved.fileName, filePaths };
}

