// Windows command lines: a program receives one string and splits it itself,
// almost always with the CommandLineToArgvW / MSVC CRT rules. These two
// functions are exact inverses for those rules, so an argv survives a round trip.

/**
 * Splits like CommandLineToArgvW (post-2008 CRT rules):
 * - whitespace (space, tab) separates arguments outside quotes;
 * - 2n backslashes + `"` → n backslashes, the quote toggles quoting;
 * - 2n+1 backslashes + `"` → n backslashes and a literal `"`;
 * - backslashes not followed by `"` are literal;
 * - inside quotes, `""` is a literal `"` (and quoting continues).
 * The first argument (program name) follows the simpler rule: up to the next
 * quote if it starts with one, else up to whitespace; backslashes are literal.
 */
export function splitWindowsCommandLine(commandLine: string): string[] {
  const args: string[] = [];
  let i = 0;
  const n = commandLine.length;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
  while (i < n && isSpace(commandLine[i])) i++;
  if (i >= n) return args;

  // Program name.
  let program = '';
  if (commandLine[i] === '"') {
    i++;
    while (i < n && commandLine[i] !== '"') program += commandLine[i++];
    i++; // closing quote (if any)
    // Text glued to the closing quote still belongs to the program name.
    while (i < n && !isSpace(commandLine[i])) program += commandLine[i++];
  } else {
    while (i < n && !isSpace(commandLine[i])) program += commandLine[i++];
  }
  args.push(program);

  for (;;) {
    while (i < n && isSpace(commandLine[i])) i++;
    if (i >= n) break;
    let arg = '';
    let inQuotes = false;
    while (i < n) {
      const c = commandLine[i]!;
      if (c === '\\') {
        let backslashes = 0;
        while (commandLine[i] === '\\') {
          backslashes++;
          i++;
        }
        if (commandLine[i] === '"') {
          arg += '\\'.repeat(Math.floor(backslashes / 2));
          if (backslashes % 2 === 1) {
            arg += '"';
            i++;
          }
        } else {
          arg += '\\'.repeat(backslashes);
        }
        continue;
      }
      if (c === '"') {
        if (inQuotes && commandLine[i + 1] === '"') {
          arg += '"';
          i += 2;
          continue;
        }
        inQuotes = !inQuotes;
        i++;
        continue;
      }
      if (!inQuotes && isSpace(c)) break;
      arg += c;
      i++;
    }
    args.push(arg);
  }
  return args;
}

/** Quotes one argument (not the program name) so the CRT rules give it back unchanged. */
export function quoteWindowsArgument(arg: string): string {
  if (arg.length > 0 && !/[\s"]/.test(arg)) return arg;
  let quoted = '"';
  let backslashes = 0;
  for (const c of arg) {
    if (c === '\\') {
      backslashes++;
      continue;
    }
    if (c === '"') {
      quoted += '\\'.repeat(backslashes * 2 + 1) + '"';
    } else {
      quoted += '\\'.repeat(backslashes) + c;
    }
    backslashes = 0;
  }
  // Backslashes before the closing quote must be doubled, or they would escape it.
  return quoted + '\\'.repeat(backslashes * 2) + '"';
}

/** The program name cannot contain `"` (nor can any Windows path); it is quoted whole. */
export function quoteWindowsProgram(program: string): string {
  if (program.includes('"')) throw new Error(`A program path cannot contain a double quote: ${program}`);
  if (program.length === 0) throw new Error('The program path is empty.');
  return /[\s]/.test(program) ? `"${program}"` : program;
}

/** argv → one Windows command line (program name then CRT-quoted arguments). */
export function joinWindowsCommandLine(argv: readonly string[]): string {
  const [program, ...args] = argv;
  if (program === undefined) throw new Error('An empty command line has no program.');
  return [quoteWindowsProgram(program), ...args.map(quoteWindowsArgument)].join(' ');
}
