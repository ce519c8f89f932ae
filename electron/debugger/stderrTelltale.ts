// What a program that failed to start said about why: the lines of its error output
// that name the problem ("ERR_MODULE_NOT_FOUND … 'unterminated arg'", "No such file"),
// not the last lines (Node's "Node.js v20…" footer, a closing brace of a stack dump).
const TELLING = /\b(error|ERR_[A-Z_]+|cannot|can't|could not|not found|no such|denied|invalid|unterminated|unknown|usage|failed|not recognized)\b/i;

export function telltaleStderr(stderr: string, max = 2): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^[{}()[\],|^~]+$/.test(l) && !/^Node\.js v\d/.test(l) && !/^at\s/.test(l));
  const telling = lines.filter((l) => TELLING.test(l));
  const chosen = telling.length > 0 ? telling.slice(0, max) : lines.slice(-max);
  return chosen.map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l)).join(' | ');
}
