// kd and cdb print text: tabs and line breaks, never terminal escapes, NULs, backspaces
// or bytes that do not decode (U+FFFD). A line carrying them was damaged between the
// debugger and us (a noisy serial line, a wrong code page, a broken pipe), and a parser
// that does not recognise such a line leaves it out without a sound — findings quietly
// smaller than the truth. So a step whose commands came back damaged does not end
// "done": it ends "inconclusive" with a warning naming each damaged command, and the
// conclusion says the output was damaged (conclusion/evidenceGaps).

/** Characters a debugger never prints: C0 controls but TAB/LF/CR, DEL, C1 controls, U+FFFD. */
const damage = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/;

export interface OutputDamage {
  /** Non-blank lines in the output. */
  lines: number;
  /** Lines that carry at least one damaged character. */
  damagedLines: number;
  /** The first damaged line, with the damage shown as escapes (for the warning). */
  example: string | null;
}

export function assessOutputDamage(output: string): OutputDamage {
  let lines = 0;
  let damagedLines = 0;
  let example: string | null = null;
  if (!damage.test(output)) return { lines: 0, damagedLines: 0, example: null };
  for (const line of output.split(/\r?\n/)) {
    if (line.trim().length === 0) continue;
    lines++;
    if (damage.test(line)) {
      damagedLines++;
      example ??= line;
    }
  }
  return { lines, damagedLines, example };
}

export interface DamagedCommand extends OutputDamage {
  command: string;
}

/** The recorded commands of a step whose output came back damaged. */
export function damagedCommands(commands: readonly { command: string; output: string; recorded: boolean }[]): DamagedCommand[] {
  const found: DamagedCommand[] = [];
  for (const c of commands) {
    if (!c.recorded) continue;
    const d = assessOutputDamage(c.output);
    if (d.damagedLines > 0) found.push({ command: c.command, ...d });
  }
  return found;
}

/** The warning's detail for one damaged command; `show` makes the example line safe to display. */
export function damageDetail(d: DamagedCommand, show: (text: string) => string): string {
  const sample = d.example ? ` (e.g. “${show(d.example.trim().slice(0, 100))}”)` : '';
  return `The output of ${d.command} was damaged on its way from the debugger: ${d.damagedLines} of ${d.lines} lines carry terminal control bytes or undecodable text${sample}. What was read from it may be incomplete; check the connection (or the transcript's encoding) and run the step again.`;
}
