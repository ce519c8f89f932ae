// Debugger output is untrusted (a dump can carry hostile strings). Before text
// reaches the terminal emulator we drop escape sequences and control bytes so
// that output cannot retitle the window, write the clipboard (OSC 52) or move
// the cursor. Tabs and newlines survive.
const escapeSequence = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
const controlBytes = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x9b]/g;

export function sanitizeConsoleText(text: string): string {
  return text.replace(escapeSequence, '').replace(controlBytes, '');
}
