// Reads a mapped source file from a local folder. The resolved file must stay
// inside the folder after symlinks are followed; names are matched
// case-insensitively when the exact spelling is missing (PDBs often record
// lower-case paths, and Linux/macOS file systems are case-sensitive).
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type LocalReadOutcome =
  | { ok: true; path: string; bytes: Buffer }
  | { ok: false; problem: 'not-found' | 'outside-folder' | 'too-large' | 'unreadable'; message: string };

async function findEntry(dir: string, name: string): Promise<string | null> {
  try {
    await stat(path.join(dir, name));
    return name;
  } catch {
    const entries = await readdir(dir).catch(() => [] as string[]);
    return entries.find((e) => e.toLowerCase() === name.toLowerCase()) ?? null;
  }
}

export async function readLocalSource(folder: string, segments: readonly string[], maxBytes: number): Promise<LocalReadOutcome> {
  let root: string;
  try {
    root = await realpath(path.resolve(folder));
  } catch {
    return { ok: false, problem: 'not-found', message: `The mapped folder ${folder} does not exist.` };
  }
  let current = root;
  for (const segment of segments) {
    const found = await findEntry(current, segment);
    if (!found) return { ok: false, problem: 'not-found', message: `${path.join(folder, ...segments)} does not exist.` };
    current = path.join(current, found);
  }
  let real: string;
  try {
    real = await realpath(current);
  } catch {
    return { ok: false, problem: 'not-found', message: `${current} does not exist.` };
  }
  const relative = path.relative(root, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, problem: 'outside-folder', message: `Refusing ${current}: it leads outside the mapped folder ${folder}.` };
  }
  try {
    const info = await stat(real);
    if (!info.isFile()) return { ok: false, problem: 'not-found', message: `${real} is not a file.` };
    if (info.size > maxBytes) return { ok: false, problem: 'too-large', message: `${real} is larger than ${maxBytes} bytes.` };
    return { ok: true, path: real, bytes: await readFile(real) };
  } catch (err) {
    return { ok: false, problem: 'unreadable', message: `Cannot read ${real}: ${(err as Error).message}` };
  }
}
