// Everything the CLI writes to a terminal may carry target text (pool-tag owners,
// module names, symbols, debugger and SSH server messages). These writers show it
// through the one sanitiser (contract/targetText), so it cannot retitle the window,
// recolour, clear the screen or print a link; JSON keeps its value but escapes the
// characters JSON.stringify leaves raw.
import { showTargetText, terminalSafeJson } from '../contract/targetText';

/** Text for a terminal: our own line breaks and tabs stay, every other control is shown as an escape. */
export function terminalText(text: string): string {
  return showTargetText(text, 'lines');
}

/** Writes one line (a newline is added) of possibly hostile text to stderr. */
export function writeStderrLine(text: string): void {
  process.stderr.write(terminalText(text) + '\n');
}

/** Writes possibly hostile text to stderr as it is laid out (no newline added). */
export function writeStderr(text: string): void {
  process.stderr.write(terminalText(text));
}

/** Writes JSON text to stdout with hidden characters as \u escapes (same value when parsed). */
export function writeStdoutJson(json: string): void {
  process.stdout.write(terminalSafeJson(json));
}
