// Temp folders owned by one PoolSleuth process: the name carries the owner's pid
// (`<prefix>-<pid>-XXXXXX`, made by mkdtemp with mode 0700). A process that crashed cannot
// delete its own; the next start deletes those whose pid is no longer alive.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export function makeOwnedTempFolder(parent: string, prefix: string): string {
  return mkdtempSync(path.join(parent, `${prefix}-${process.pid}-`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes `<prefix>-<pid>-*` folders in `parent` whose pid is dead (never our own).
 * Returns the folders removed. A pid reused by another process keeps its folder until later.
 */
export function removeStaleTempFolders(parent: string, prefix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)-[A-Za-z0-9]{6}$`);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    const folder = path.join(parent, name);
    try {
      rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // Not ours to delete after all (another user's): leave it.
    }
  }
  return removed;
}
