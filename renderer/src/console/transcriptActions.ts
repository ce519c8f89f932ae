// Save transcript, shared by the console toolbar and the Electron File menu: it
// downloads what the core serialised (secrets never enter a transcript). Opening is
// transcriptOpening.ts.
import type { PoolSleuthBridge } from '../../../electron/contract';
import { downloadText } from '../investigation/export/downloadFile';

export type TranscriptSaveFormat = 'transcript' | 'log';

export interface SavedTranscript {
  /** The name the download got. */
  fileName: string;
  /** Where the core also wrote both files (its transcripts folder); empty when it wrote none. */
  filePaths: string[];
}

export async function saveTranscript(bridge: PoolSleuthBridge, format: TranscriptSaveFormat): Promise<SavedTranscript> {
  const saved = await bridge.invoke('transcript.save', {});
  if (format === 'log') downloadText(saved.logFileName, 'text/plain', saved.logText);
  else downloadText(saved.fileName, 'application/x-ndjson', saved.content);
  const filePaths = [saved.filePath, saved.logFilePath].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return { fileName: format === 'log' ? saved.logFileName : saved.fileName, filePaths };
}

/** The File menu's notice after saving: the download's name and where the core wrote the files. */
export function savedTranscriptNotice(saved: SavedTranscript, t: (key: string, params?: Record<string, string>) => string): string {
  if (saved.filePaths.length === 0) return t('transcript.saved', { fileName: saved.fileName });
  return t('transcript.savedFiles', { fileName: saved.fileName, paths: saved.filePaths.join(', ') });
}
