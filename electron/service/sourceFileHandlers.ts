// `sourcePaths.*` and `source.read`: the source viewer's file access, through
// the user's mappings only (never an arbitrary path from the renderer or the
// target), with a size cap; over SFTP for folders on the SSH host.
import type { SourcePathMapping, SourceReadResult } from '../contract';
import { SourcePathMappingStore } from '../settings/sourcePathMappingStore';
import type { RequestHandlers } from './apiDispatcher';
import { readLocalSource } from './localSourceReader';
import { matchSourcePath, remoteSourcePath } from './sourcePathResolver';
import { decodeSource, sourceWindow } from './sourceText';

type Handlers = Pick<RequestHandlers, 'sourcePaths.list' | 'sourcePaths.save' | 'source.read'>;

/** Reads a file on the connected SSH host; null when the session is not over SSH. */
export type RemoteFileReader = ((remotePath: string, maxBytes: number) => Promise<Buffer>) | null;

export const maxSourceBytes = 4 * 1024 * 1024;

function sftpProblem(err: unknown, where: string): SourceReadResult {
  const e = err as { code?: unknown; message?: string };
  if (e.code === 'too-large') return { found: false, problem: 'too-large', message: `${where} is larger than ${maxSourceBytes} bytes.` };
  // SFTP status 2 is NO_SUCH_FILE.
  if (e.code === 2 || e.code === 'ENOENT') return { found: false, problem: 'not-found', message: `${where} does not exist on the SSH host.` };
  return { found: false, problem: 'unreadable', message: `Cannot read ${where}: ${e.message ?? String(err)}` };
}

export async function readMappedSource(
  file: string,
  line: number,
  mappings: readonly SourcePathMapping[],
  remote: RemoteFileReader,
): Promise<SourceReadResult> {
  const match = matchSourcePath(file, mappings);
  if (!match.ok) return { found: false, problem: match.problem, message: match.message };
  let bytes: Buffer;
  let resolvedPath: string;
  if (match.mapping.location === 'local') {
    const read = await readLocalSource(match.mapping.folder, match.segments, maxSourceBytes);
    if (!read.ok) return { found: false, problem: read.problem, message: read.message };
    ({ bytes, path: resolvedPath } = read);
  } else {
    if (!remote) {
      return { found: false, problem: 'no-ssh', message: `${file} maps to a folder on the SSH host; connect to it over SSH first.` };
    }
    resolvedPath = remoteSourcePath(match.mapping.folder, match.segments);
    try {
      bytes = await remote(resolvedPath, maxSourceBytes);
    } catch (err) {
      return sftpProblem(err, resolvedPath);
    }
  }
  const text = decodeSource(bytes);
  if (text === null) return { found: false, problem: 'binary', message: `${resolvedPath} is not a text file.` };
  const window = sourceWindow(text, line);
  return { found: true, resolvedPath, line, ...window };
}

export function createSourceFileHandlers(settingsDir: string | undefined, remoteReader: () => RemoteFileReader): Handlers {
  let store: SourcePathMappingStore | null = null;
  const mappings = () => (store ??= new SourcePathMappingStore({ cwd: settingsDir }));
  return {
    'sourcePaths.list': async () => ({ mappings: mappings().list() }),
    'sourcePaths.save': async ({ mappings: next }) => {
      mappings().save(next);
      return { ok: true as const };
    },
    'source.read': async ({ file, line }) => readMappedSource(file, line, mappings().list(), remoteReader()),
  };
}
