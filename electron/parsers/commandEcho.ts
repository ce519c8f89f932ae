// Recognises a debugger prompt with the command typed after it ("kd> ln 0x9a3bf6ac",
// "0: kd> !verifier 3 x", "0:000:x86> kb", "Input> …") and cuts a pasted console into
// the output of each command.
import { isOverlong, splitLines } from './lineSplitter';

export interface PromptLine {
  /** The prompt as printed, without the trailing space: "kd>", "0: kd>", "0:000:x86>". */
  prompt: string;
  /** The command typed after the prompt, trimmed (may be ""). */
  command: string;
}

// Prompt shapes: kd> | lkd> | N: kd> | : kd> (processor number lost in copying) | N:NNN> | N:NNN:arch> | Input>
// Leading whitespace is allowed (articles indent their transcripts), and so is ONE markdown marker that the place
// the text was copied from put in front of the prompt: a heading "#".."###### ", a bullet "* " / "- ", a quote "> "
// ("###### 4: kd> lm", "* : kd> !poolused 1 Hack"). The marker needs its space and a complete prompt after it, so
// kd output that starts with "*" ("*** ERROR", "*826fa130 size: …"), "#" or ">" (a source listing's current line)
// is not a prompt. The groups cannot match the same characters two ways, so the pattern does not backtrack badly.
const PROMPT_RE =
  /^[ \t\u00a0]*(?:(?:#{1,6}|[*>-])[ \t\u00a0]+)?((?:\d{0,4}:[ \t]?)?l?kd>|\d{1,4}:\d{1,4}(?::[A-Za-z0-9_]{1,10})?>|Input>)(?:[ \t\u00a0]+(.*)|)$/;

export function parsePromptLine(line: string): PromptLine | null {
  if (line.length > 4096 || line.indexOf('>') === -1) return null;
  const m = PROMPT_RE.exec(line);
  if (!m) return null;
  return { prompt: (m[1] as string).replace(/[ \t]+/, ' '), command: (m[2] ?? '').trim() };
}

export interface CommandSection {
  prompt: string;
  command: string;
  /** Index of the prompt line in the split input. */
  startLine: number;
  /** Output lines (between this prompt line and the next prompt line). */
  outputLines: string[];
}

export interface SplitSession {
  /** Lines before the first prompt that carries a command (banner, prose). */
  preamble: string[];
  sections: CommandSection[];
}

/**
 * Cuts lines into command sections. A prompt with an empty command ends the previous
 * section but starts none. Lines before the first command are the preamble.
 */
export function splitSessionLines(lines: string[]): SplitSession {
  const preamble: string[] = [];
  const sections: CommandSection[] = [];
  let current: CommandSection | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const p = isOverlong(line) ? null : parsePromptLine(line);
    if (p) {
      if (p.command.length === 0) {
        current = null;
        continue;
      }
      current = { prompt: p.prompt, command: p.command, startLine: i, outputLines: [] };
      sections.push(current);
      continue;
    }
    if (current) current.outputLines.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}

export function splitSession(text: string): SplitSession {
  return splitSessionLines(splitLines(text));
}
