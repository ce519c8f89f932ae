// Debugger commands the findings offer on click. Every value comes from the target
// (untrusted text), so it is checked against a strict pattern before it can reach
// the console: a dump may carry `evil;.shell …` in a symbol or a tag.
export type ConsoleAction =
  | { kind: 'ln'; address: string }
  | { kind: 'pool'; address: string }
  | { kind: 'verifier-log'; address: string }
  | { kind: 'poolfind'; tag: string };

const addressPattern = /^0x[0-9a-f]{1,16}$/;
// Printable ASCII, no spaces, no command separator. Trailing spaces were trimmed by the parsers.
const tagPattern = /^[\x21-\x3a\x3c-\x7e]{1,4}$/;

export function isSafeAddress(text: unknown): text is string {
  return typeof text === 'string' && addressPattern.test(text);
}

export function isSafeTag(text: unknown): text is string {
  return typeof text === 'string' && tagPattern.test(text);
}

/** The command line for an action, or null when its argument is not safe to send. */
export function commandFor(action: ConsoleAction): string | null {
  switch (action.kind) {
    case 'ln':
      return isSafeAddress(action.address) ? `ln ${action.address}` : null;
    case 'pool':
      return isSafeAddress(action.address) ? `!pool ${action.address}` : null;
    case 'verifier-log':
      return isSafeAddress(action.address) ? `!verifier 0x80 ${action.address}` : null;
    case 'poolfind':
      return isSafeTag(action.tag) ? `!poolfind ${action.tag}` : null;
  }
}
