// A model of how cmd.exe reads `cmd /c <line>` (command-line context), enough
// to check the quoting: phase 1 %VAR% expansion (undefined names stay as
// typed), phase 2 quotes and ^ escapes, and which characters would act as
// operators (& | < > and parentheses) outside quotes.
export interface CmdReading {
  /** The line after expansion and escape removal (what the program receives, program name included). */
  text: string;
  /** Operator characters cmd would have acted on. */
  operators: string[];
}

export function simulateCmdLine(line: string, env: Record<string, string>): CmdReading {
  let expanded = '';
  for (let i = 0; i < line.length; ) {
    if (line[i] === '%') {
      const end = line.indexOf('%', i + 1);
      if (end > i + 1) {
        const name = line.slice(i + 1, end);
        const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key !== undefined) {
          expanded += env[key];
          i = end + 1;
          continue;
        }
      }
    }
    expanded += line[i];
    i++;
  }
  let text = '';
  const operators: string[] = [];
  let inQuotes = false;
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i]!;
    if (c === '"') {
      inQuotes = !inQuotes;
      text += c;
      continue;
    }
    if (!inQuotes && c === '^') {
      i++;
      if (i < expanded.length) text += expanded[i];
      continue;
    }
    if (!inQuotes && '&|<>()'.includes(c)) {
      // Parentheses matter only at the start of a block, but the quoting must never rely on that.
      operators.push(c);
    }
    if (!inQuotes && c === '!') operators.push(c);
    text += c;
  }
  return { text, operators };
}
