// The current session's transcript, kept by the core until the next target is opened:
// the entries in memory (an output past the session's memory cap only as its head) and,
// for each such output, a link to the whole text on disk. The session deletes its spill
// files when it closes (or MCP right after its reply); the transcript keeps its own hard
// link to each (no second copy on disk; a copy only across file systems), so a transcript
// saved after a disconnect still has every line (transcriptExportFiles.ts streams them).
import { copyFileSync, linkSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CommandOutputSpill } from '../debugger/commandOutputSpill';
import { makeOwnedTempFolder, removeStaleTempFolders } from '../debugger/sessionTempFolders';
import type { WholeOutput } from '../debugger/transcriptExportFiles';
import type { TranscriptEntry } from '../debugger/transcriptEntry';

export const transcriptFolderPrefix = 'poolsleuth-transcript';

export class SessionTranscript {
  private list: TranscriptEntry[] = [];
  private readonly whole = new Map<TranscriptEntry, WholeOutput>();
  private folder: string | null = null;
  private files = 0;

  /** `parentDir`: where the folder for whole outputs is made (the OS temp folder); stale ones of dead processes are deleted now. */
  constructor(private readonly parentDir: string) {
    removeStaleTempFolders(parentDir, transcriptFolderPrefix);
  }

  get entries(): readonly TranscriptEntry[] {
    return this.list;
  }

  /** Records an entry; with `wholeOutput` (a sealed spill file), the whole text is kept by link. */
  add(entry: TranscriptEntry, wholeOutput?: CommandOutputSpill): void {
    this.list.push(entry);
    const source = wholeOutput?.spillPath;
    if (!wholeOutput || !source) return;
    const suffix = wholeOutput.truncated
      ? `[PoolSleuth] Output truncated after ${wholeOutput.length} characters (${wholeOutput.droppedChars} more not kept): ${wholeOutput.truncated}.\n`
      : '';
    try {
      const file = path.join(this.ownFolder(), `output-${++this.files}.txt`);
      try {
        linkSync(source, file);
      } catch {
        // Another file system (EXDEV) or no hard links: a copy.
        copyFileSync(source, file);
      }
      this.whole.set(entry, { file, suffix });
    } catch (err) {
      // Never silent: the transcript says that only the head of this output is kept.
      this.list.push({ time: new Date().toISOString(), direction: 'state', text: `note: only the start of the last output is in the transcript: keeping the whole text failed (${(err as Error).message})` });
    }
  }

  /** The transcript's own temp folder (made when first needed; deleted with the entries). */
  ownFolder(): string {
    this.folder ??= makeOwnedTempFolder(this.parentDir, transcriptFolderPrefix);
    return this.folder;
  }

  /** The whole text of an entry that holds only its head, or null. */
  wholeOutputOf(entry: TranscriptEntry): WholeOutput | null {
    return this.whole.get(entry) ?? null;
  }

  /** A new target: forget the entries and delete the kept outputs. */
  reset(): void {
    this.list = [];
    this.removeFiles();
  }

  /** The core goes away: the kept outputs are deleted (the entries, heads only, stay readable). */
  removeFiles(): void {
    this.whole.clear();
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}
