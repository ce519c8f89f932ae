// Splits one input line into the commands kd would run: `;` separates commands,
// except inside quotes, after a bang extension (it takes the rest of the line) and in
// `*` comment lines (the whole line is a comment). `$$` comments end at the next `;`.
export function splitCommandLine(line: string): string[] {
  const commands: string[] = [];
  let rest = line;
  while (true) {
    const trimmed = rest.replace(/^\s+/, '');
    if (trimmed === '') break;
    if (trimmed.startsWith('*')) break;
    if (trimmed.startsWith('!')) {
      commands.push(trimmed.replace(/\s+$/, ''));
      break;
    }
    let inQuote = false;
    let end = -1;
    for (let i = 0; i < trimmed.length; i++) {
      const ch = trimmed[i];
      if (ch === '"') inQuote = !inQuote;
      else if (ch === ';' && !inQuote) {
        end = i;
        break;
      }
    }
    const command = (end < 0 ? trimmed : trimmed.slice(0, end)).replace(/\s+$/, '');
    if (command !== '' && !command.startsWith('$$')) commands.push(command);
    if (end < 0) break;
    rest = trimmed.slice(end + 1);
  }
  return commands;
}

/** Separates the command word from its arguments ("lmv m nt" -> ["lmv", "m nt"]). */
export function commandWord(command: string): { name: string; args: string } {
  const match = /^(![\w.]+|\.[\w]+\+?|~\d*[sS]?|[a-zA-Z]+)\s*(.*)$/.exec(command);
  if (!match) return { name: command, args: '' };
  return { name: match[1] ?? command, args: (match[2] ?? '').trim() };
}
