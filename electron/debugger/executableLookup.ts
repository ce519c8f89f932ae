import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

// Finds the debugger executable before spawning it, so a wrong path gets an
// actionable message instead of a bare ENOENT after the UI said "connecting".
export function findExecutable(command: string, envPath = process.env.PATH ?? '', platform = process.platform): string | null {
  const isExplicitPath = command.includes('/') || command.includes('\\');
  const extensions = platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
  const candidates = isExplicitPath
    ? extensions.map((ext) => command + ext)
    : envPath
        .split(path.delimiter)
        .filter(Boolean)
        .flatMap((dir) => extensions.map((ext) => path.join(dir, command + ext)));
  for (const candidate of candidates) {
    try {
      if (!statSync(candidate).isFile()) continue;
      if (platform !== 'win32') accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}
