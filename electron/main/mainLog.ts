// The main process's log file (Help → Open Logs Folder): main.log in Electron's logs
// folder, rotated at 1 MB to main.1.log … main.3.log. console.warn/error/info of the
// main process go there too. Lines are redacted first: passwords, passphrases, KDNET
// keys and tokens never reach the file (DESIGN.md §9).
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const mainLogFileName = 'main.log';
const rotateAtBytes = 1024 * 1024;
const keptOldFiles = 3;

/** Secret-looking values in free text: key=…, password: …, passphrase …, token=…, and kd's `-k net:…,key=…`. */
const secretPatterns: RegExp[] = [
  /\b(key|password|passwd|pwd|passphrase|token|secret)(\s*[=:]\s*|\s+)("[^"]*"|'[^']*'|[^\s,;&"']+)/gi,
];

export function redactSecrets(text: string): string {
  return secretPatterns.reduce((out, pattern) => out.replace(pattern, (_all, name: string, sep: string) => `${name}${sep}[redacted]`), text);
}

export interface MainLog {
  readonly dir: string;
  readonly file: string;
  write(level: 'info' | 'warn' | 'error', message: string): void;
}

function rotate(dir: string): void {
  rmSync(join(dir, `main.${keptOldFiles}.log`), { force: true });
  for (let n = keptOldFiles - 1; n >= 1; n--) {
    const from = join(dir, `main.${n}.log`);
    if (existsSync(from)) renameSync(from, join(dir, `main.${n + 1}.log`));
  }
  renameSync(join(dir, mainLogFileName), join(dir, 'main.1.log'));
}

export function createMainLog(dir: string, now: () => Date = () => new Date()): MainLog {
  const file = join(dir, mainLogFileName);
  return {
    dir,
    file,
    write(level, message) {
      try {
        mkdirSync(dir, { recursive: true });
        if (existsSync(file) && statSync(file).size >= rotateAtBytes) rotate(dir);
        appendFileSync(file, `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${redactSecrets(message).replace(/\r?\n/g, '\n    ')}\n`, { mode: 0o600 });
      } catch {
        // Logging must never take the app down (full disk, read-only folder).
      }
    },
  };
}

/** Also sends the main process's console.info/warn/error to the log (they still print). */
export function teeConsoleToLog(log: MainLog, target: Pick<Console, 'info' | 'warn' | 'error'> = console): void {
  for (const level of ['info', 'warn', 'error'] as const) {
    const original = target[level].bind(target);
    target[level] = (...args: unknown[]) => {
      original(...args);
      log.write(level, args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
  }
}
