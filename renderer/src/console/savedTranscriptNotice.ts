// What Save transcript reports back, and the File menu's notice of it. No DOM here: the
// unit tests (Node) import it.

export interface SavedTranscript {
  /** The name the download got. */
  fileName: string;
  /** Where the core also wrote both files (its transcripts folder); empty when it wrote none. */
  filePaths: string[];
}

/** The File menu's notice after saving: the download's name and where the core wrote the files. */
export function savedTranscriptNotice(saved: SavedTranscript, t: (key: string, params?: Record<string, string>) => string): string {
  if (saved.filePaths.length === 0) return t('transcript.saved', { fileName: saved.fileName });
  return t('transcript.savedFiles', { fileName: saved.fileName, paths: saved.filePaths.join(', ') });
}
