// Splits a debugger command line the way a Windows program's C runtime splits
// its own (the rules documented for MSVC's argv parsing), so what the user
// pastes from a WinDbg shortcut or a lab wiki means the same here. The core
// spawns argv directly, never through a shell, so no other quoting applies.

export interface SplitCommandLine {
  argv: string[];
  /** A double quote was opened and never closed; the rest of the line was taken literally. */
  unterminatedQuote: boolean;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

export function splitWindowsCommandLine(commandLine: string): SplitCommandLine {
  const argv: string[] = [];
  let i = 0;
  const n = commandLine.length;
  let inQuotes = false;

  while (i < n && isBlank(commandLine[i])) i++;
  if (i >= n) return { argv, unterminatedQuote: false };

  // argv[0] is a path: quotes group, backslashes are always literal.
  let program = '';
  while (i < n && (inQuotes || !isBlank(commandLine[i]))) {
    const ch = commandLine[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    else program += ch;
    i++;
  }
  argv.push(program);
  if (inQuotes) return { argv, unterminatedQuote: true };

  while (true) {
    while (i < n && isBlank(commandLine[i])) i++;
    if (i >= n) break;
    let arg = '';
    inQuotes = false;
    while (i < n && (inQuotes || !isBlank(commandLine[i]))) {
      const ch = commandLine[i] as string;
      if (ch === '\\') {
        let slashes = 0;
        while (commandLine[i] === '\\') {
          slashes++;
          i++;
        }
        if (commandLine[i] === '"') {
          // 2n backslashes + quote: n backslashes, quote is a delimiter;
          // 2n+1: n backslashes and a literal quote.
          arg += '\\'.repeat(Math.floor(slashes / 2));
          if (slashes % 2 === 1) {
            arg += '"';
            i++;
          }
        } else {
          arg += '\\'.repeat(slashes);
        }
        continue;
      }
      if (ch === '"') {
        if (inQuotes && commandLine[i + 1] === '"') {
          // "" inside quotes is a literal quote (MSVC 2008+ behaviour).
          arg += '"';
          i += 2;
          continue;
        }
        inQuotes = !inQuotes;
        i++;
        continue;
      }
      arg += ch;
      i++;
    }
    argv.push(arg);
    if (inQuotes) return { argv, unterminatedQuote: true };
  }
  return { argv, unterminatedQuote: false };
}
