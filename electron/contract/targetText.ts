// Text from the target (module names, pool-tag owners, symbols, paths, raw debugger
// output) is written by whoever built the driver or the dump. Before any of it is
// shown — console, CLI terminal, UI, Markdown/HTML reports, MCP replies — every
// character that could act on a terminal or hide/reorder what the user reads is
// replaced by a visible escape (`\x9d`, `\u202e`), so the user also sees that it was
// there. Pure and dependency-free: the core, the shells and the renderer import it.
//
// Escaped: every control character (Unicode Cc: C0 bar the layout's own line breaks
// and tabs, DEL, C1 U+0080–U+009F such as CSI 0x9B, ST 0x9C, OSC 0x9D, DCS 0x90) —
// hence every ESC / C1 sequence, whose introducer becomes text and whose rest is inert
// printable text; every format character (Cf: bidi controls U+061C, U+200E/F,
// U+202A–U+202E, U+2066–U+2069; zero-width U+200B–U+200D, U+2060, U+FEFF; soft hyphen;
// tag characters U+E0000–U+E007F …); the line and paragraph separators U+2028/U+2029;
// lone surrogates. One regular-expression pass, linear in the text.

/**
 * `line`: one line of text (a name, a title, a table cell) — CR, LF and TAB are escaped too.
 * `lines`: multi-line text (console, raw output) — LF and TAB stay, CR stays before LF
 * (or at the very end, where its LF may come in the next chunk); a lone CR that would
 * move the cursor back over text already on the line is escaped.
 */
export type TargetTextLayout = 'line' | 'lines';

const hidden = '\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}';

const patterns: Record<TargetTextLayout, RegExp> = {
  line: new RegExp(`[${hidden}\\t\\n\\r]`, 'gu'),
  lines: new RegExp(`[${hidden}]|\\r(?!\\n|$)`, 'gu'),
};
const probes: Record<TargetTextLayout, RegExp> = {
  line: new RegExp(patterns.line.source, 'u'),
  lines: new RegExp(patterns.lines.source, 'u'),
};

const named: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The visible form of one hidden code point: `\x9d`, `\u202e`, `\u{e0041}`. */
export function visibleEscape(ch: string): string {
  const named1 = named[ch];
  if (named1) return named1;
  const cp = ch.codePointAt(0)!;
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\u{${cp.toString(16)}}`;
}

/** Target text made safe to show: hidden and control characters become visible escapes. */
export function showTargetText(text: string, layout: TargetTextLayout = 'line'): string {
  if (!probes[layout].test(text)) return text;
  return text.replace(patterns[layout], visibleEscape);
}

/** True when showTargetText would change the text (something hidden or controlling is in it). */
export function hasHiddenCharacters(text: string, layout: TargetTextLayout = 'line'): boolean {
  return probes[layout].test(text);
}

/**
 * Every string inside a JSON-like value (objects, arrays) shown with showTargetText.
 * Object keys are left alone (they are ours); the value is copied, not changed.
 */
export function showTargetTextDeep<T>(value: T, layout: TargetTextLayout = 'lines'): T {
  if (typeof value === 'string') return showTargetText(value, layout) as T;
  if (Array.isArray(value)) return value.map((v) => showTargetTextDeep(v, layout)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = showTargetTextDeep(v, layout);
    return out as T;
  }
  return value;
}

const jsonHidden = new RegExp(`[${hidden}]`, 'gu');

/**
 * JSON text (from JSON.stringify) safe for a terminal or a log: the hidden characters
 * JSON.stringify leaves raw (DEL, C1, bidi, zero-width, U+2028/9 …) become \uXXXX
 * escapes. Inside a JSON string that is the same value, so the data is unchanged.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(jsonHidden, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
    const hi = 0xd800 + ((cp - 0x10000) >> 10);
    const lo = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    return `\\u${hi.toString(16)}\\u${lo.toString(16)}`;
  });
}
