// Debugger output is untrusted (a dump can carry hostile strings). Before text
// reaches the terminal emulator every control character, ESC/C1 sequence introducer
// (ESC, CSI 0x9B, OSC 0x9D, ST 0x9C, DCS 0x90 …), bidi override and zero-width
// character becomes a visible escape such as `\x9d` (see contract/targetText), so
// output cannot retitle the window, write the clipboard (OSC 52), make links, move
// the cursor or hide text — and the user sees that it tried. Tabs and line breaks
// survive; a CR stays only before its LF (or at the end of a chunk).
import { showTargetText } from '../contract/targetText';

export function sanitizeConsoleText(text: string): string {
  return showTargetText(text, 'lines');
}
