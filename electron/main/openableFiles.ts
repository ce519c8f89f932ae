// Files the app opens from outside (double-click through a file association, a
// second launch, macOS open-file, drag-and-drop onto the window): crash dumps
// (a local debugger with -z) and PoolSleuth's saved transcripts.
import { isAbsolute, resolve } from 'node:path';

export type OpenableKind = 'dump' | 'transcript';

export interface OpenableFile {
  kind: OpenableKind;
  path: string;
}

const dumpExtensions = ['.dmp', '.mdmp', '.hdmp'];
const transcriptExtensions = ['.pstranscript'];

export function openableKindOf(path: string): OpenableKind | null {
  const lower = path.toLowerCase();
  if (dumpExtensions.some((ext) => lower.endsWith(ext))) return 'dump';
  if (transcriptExtensions.some((ext) => lower.endsWith(ext))) return 'transcript';
  return null;
}

/**
 * The file a launch asks to open: the last argument that is not a switch and names
 * a dump or transcript, resolved against the launching process's folder.
 */
export function openableFileFromArgv(argv: readonly string[], workingDirectory: string): OpenableFile | null {
  for (const arg of [...argv].reverse()) {
    if (arg.startsWith('-') || arg.length > 4096 || arg.includes('\0')) continue;
    const kind = openableKindOf(arg);
    if (kind) return { kind, path: isAbsolute(arg) ? arg : resolve(workingDirectory, arg) };
  }
  return null;
}
