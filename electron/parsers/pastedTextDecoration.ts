// Pre-pass shared by every whole-text parser: text copied from a chat, an issue thread, an
// e-mail or a paste site often carries the same decoration on every line — a block quote
// ("> ", ">> "), a comment marker ("#", "//", ";", "REM", "::"), inline backticks around each
// line (or one span around the whole paste, its backticks glued to the first and last lines), a
// list bullet, the paste site's line numbers, a timestamp column. Such a block reads as nothing
// to the parsers, so runs of lines that share one decoration are undecorated here.
//
// Only runs are stripped: at least two decorated lines (three for line numbers, whose numbers
// must count up with the lines) with nothing but blank lines between them, that hold something
// that looks like debugger output once stripped. kd's own lines that start with such characters
// stay: the " # ChildEBP" header of `kn` is one line, the "*   Bugcheck Analysis   *" box lines
// end with '*', `kn`/`kc` frame numbers are hex with leading zeros, and a source listing's line
// numbers end in ':'. Lines are never removed or joined, so line i of the result is line i of
// the input and every line number a parser reports is the original one. Each pass is a single
// scan with bounded per-line work (character tests and anchored patterns with bounded counts).
import { parsePromptLine } from './commandEcho';
import { isOverlong } from './lineSplitter';

export interface UndecoratedLines {
  /** Same length and order as the input; decorated runs with their decoration removed. */
  lines: string[];
  /** One per stripped run: what was removed and from which (1-based) lines. */
  warnings: string[];
}

interface Cut {
  /** Characters removed from the start of the line. */
  head: number;
  /** Characters removed from the end of the line. */
  tail: number;
  /** Paste-site line number (lineNumber kind only). */
  number?: number;
}

interface Decoration {
  label: string;
  minLines: number;
  /** The characters a decorated line can start with (after its indentation): a text without any skips this kind. */
  starts: string;
  cut(line: string): Cut | null;
}

/** A decoration kind; most make a run from two lines on. */
function decoration(label: string, starts: string, cut: Decoration['cut'], minLines = 2): Decoration {
  return { label, minLines, starts, cut };
}

const MAX_RUN_WARNINGS_PER_KIND = 5;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Index of the first non-space character at or after `from`, looking at most `max` characters. */
function skipSpaces(line: string, from: number, max: number): number {
  let i = from;
  while (i < line.length && i - from < max && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** End of the trimmed line (exclusive). */
function trimmedEnd(line: string): number {
  let e = line.length;
  while (e > 0 && isSpace(line.charCodeAt(e - 1))) e--;
  return e;
}

// "> text", ">> text", "> > text", ">text": every '>' and one space after the last.
const blockQuote = decoration('block quote ">"', '>', (line) => {
  let i = skipSpaces(line, 0, 3);
  if (line.charCodeAt(i) !== 62 /* > */) return null;
  while (line.charCodeAt(i) === 62) {
    i++;
    if (isSpace(line.charCodeAt(i))) {
      if (line.charCodeAt(i + 1) === 62) i++;
      else {
        i++;
        break;
      }
    }
  }
  return { head: i, tail: 0 };
});

function commentMarker(marker: string, label: string): Decoration {
  const word = /^[A-Za-z]/.test(marker);
  const starts = word ? marker.charAt(0) + marker.charAt(0).toLowerCase() : marker.charAt(0);
  return decoration(label, starts, (line) => {
    const i = skipSpaces(line, 0, 8);
    if (!line.startsWith(marker, i) && !(word && line.slice(i, i + marker.length).toUpperCase() === marker)) return null;
    let j = i + marker.length;
    const next = line.charCodeAt(j);
    if (word && j < line.length && !isSpace(next)) return null; // "REMARK", not "REM "
    if (next === 32 || next === 0xa0) j++; // not a TAB: ";\tType …" is ";" before kd's own TAB-indented line
    return { head: j, tail: 0 };
  });
}

// `kd> !analyze -v` — one inline code span around the whole line (not a ``` fence).
const inlineBackticks = decoration('inline backticks', '`', (line) => {
  const i = skipSpaces(line, 0, 8);
  const e = trimmedEnd(line);
  if (e - i < 2 || line.charCodeAt(i) !== 96 || line.charCodeAt(e - 1) !== 96) return null;
  if (line.startsWith('``', i)) return null;
  return { head: i + 1, tail: line.length - (e - 1) };
});

// "- text", "* text", "+ text", "• text". A '*' line that also ends with '*' is a kd banner box line.
const listBullet = decoration('list bullets', '-*+\u2022\u00b7', (line) => {
  const i = skipSpaces(line, 0, 4);
  const c = line.charCodeAt(i);
  if (!(c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0xb7)) return null;
  if (!isSpace(line.charCodeAt(i + 1))) return null;
  if (c === 42 && line.charCodeAt(trimmedEnd(line) - 1) === 42) return null;
  return { head: i + 2, tail: 0 };
});

// "12  text", "12\ttext", "12 | text", "12. text", "12) text"; a numbered empty line is "12".
// No leading zero (kn/kc frame numbers are "00", "01", …) and not ':' (source listings).
const lineNumber = decoration('paste-site line numbers', '0123456789', (line) => {
  const i = skipSpaces(line, 0, 6);
  let j = i;
  while (j < line.length && j - i < 7) {
    const c = line.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  if (j === i || j - i > 6) return null;
  if (line.charCodeAt(i) === 48 && j - i > 1) return null;
  const number = Number(line.slice(i, j));
  if (j === line.length) return { head: j, tail: 0, number };
  const c = line.charCodeAt(j);
  if (c === 46 /* . */ || c === 41 /* ) */) {
    if (j + 1 < line.length && !isSpace(line.charCodeAt(j + 1))) return null; // "1.5", "3)x"
    return { head: isSpace(line.charCodeAt(j + 1)) ? j + 2 : j + 1, tail: 0, number };
  }
  const bar = skipSpaces(line, j, 2);
  if (line.charCodeAt(bar) === 124 /* | */) return { head: isSpace(line.charCodeAt(bar + 1)) ? bar + 2 : bar + 1, tail: 0, number };
  if (isSpace(c)) return { head: j + 1, tail: 0, number };
  return null;
}, 3);

// "[10:23:45] ", "10:23:45.123 ", "2024-01-02 10:23:45 ", "[2024-01-02T10:23:45Z] ", "(9:05 PM) ", "12/31/2024 10:23 - ".
const TIMESTAMP =
  /^[ \t]{0,4}[[(]?(?:\d{4}-\d{2}-\d{2}[T ]|\d{1,2}\/\d{1,2}\/\d{2,4} )?\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?[AaPp][Mm])?Z?[\])]?(?:[ \t]{0,4}[|-])?(?:[ \t]|$)/;
const timestampColumn = decoration('timestamp column', '0123456789[(', (line) => {
  if (line.length > 0 && !isSpace(line.charCodeAt(0)) && (line.charCodeAt(0) < 48 || line.charCodeAt(0) > 57) && line[0] !== '[' && line[0] !== '(')
    return null;
  const m = TIMESTAMP.exec(line.length > 200 ? line.slice(0, 200) : line);
  return m ? { head: m[0].length, tail: 0 } : null;
});

// Order matters: an outer decoration comes off before an inner one ("> // kd> …", "12 | > kd> …").
const DECORATIONS: readonly Decoration[] = [
  lineNumber,
  timestampColumn,
  blockQuote,
  inlineBackticks,
  commentMarker('//', 'comment marker "//"'),
  commentMarker('#', 'comment marker "#"'),
  commentMarker(';', 'comment marker ";"'),
  commentMarker('REM', 'comment marker "REM"'),
  commentMarker('::', 'comment marker "::"'),
  listBullet,
];

const HEX8 = /[0-9a-fA-F]{8}/;
const MODULE_BANG = /[A-Za-z0-9_]![A-Za-z_?]/;
const UPPER_KEY = /^[ \t]*[A-Z][A-Z0-9_]{2,40}:/;

/** Cheap test that a line is kd output rather than prose: a prompt, an address, a module!symbol, an UPPER_KEY: field. */
export function looksLikeDebuggerLine(line: string): boolean {
  if (line.length > 4096) return false;
  return HEX8.test(line) || MODULE_BANG.test(line) || UPPER_KEY.test(line) || (line.indexOf('>') !== -1 && parsePromptLine(line) !== null);
}

/** True when a hex-numbered list (kn/kc frames "0f …") runs on into the line before `index`. */
function continuesFrameNumbers(lines: readonly string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const prev = (lines[k] as string).trimStart();
    if (prev.length === 0) continue;
    return /^[0-9a-fA-F]{2,3}[ \t]/.test(prev.slice(0, 8)) && (prev.charCodeAt(0) === 48 || /^[0-9]*[a-fA-F]/.test(prev.slice(0, 3)));
  }
  return false;
}

function lineRange(first: number, last: number): string {
  return first === last ? `line ${first + 1}` : `lines ${first + 1}–${last + 1}`;
}

/** One scan for one decoration kind: finds its runs, strips them, reports them. */
function stripKind(lines: string[], d: Decoration, warnings: string[]): string[] {
  let out: string[] | null = null;
  let reported = 0;
  let unreported = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const first = isOverlong(line) ? null : d.cut(line);
    if (first === null || line.trim().length === 0) {
      i++;
      continue;
    }
    // grow the run: decorated lines, blank lines between them
    const cuts: Array<Cut | null> = [first];
    let last = i;
    let count = 1;
    let number = first.number;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (isOverlong(l)) break;
      if (l.trim().length === 0) {
        cuts.push(null);
        continue;
      }
      const c = d.cut(l);
      if (c === null) break;
      if (number !== undefined) {
        if (c.number !== (number as number) + (j - last)) break;
        number = c.number;
      }
      cuts.push(c);
      last = j;
      count++;
    }
    cuts.length = last - i + 1;
    const stripped = cuts.map((c, k) => {
      const l = lines[i + k] as string;
      return c === null ? l : l.slice(c.head, l.length - c.tail);
    });
    const sensible =
      count >= d.minLines &&
      !(d === lineNumber && continuesFrameNumbers(lines, i)) &&
      stripped.some((s) => looksLikeDebuggerLine(s));
    if (sensible) {
      out ??= lines.slice();
      for (let k = 0; k < stripped.length; k++) out[i + k] = stripped[k] as string;
      if (reported < MAX_RUN_WARNINGS_PER_KIND) {
        warnings.push(`pasted text: stripped the ${d.label} from ${lineRange(i, last)} (${count} lines)`);
        reported++;
      } else unreported++;
      i = last + 1;
    } else {
      i = last + 1; // a shorter run inside a failed one fails too; restarting inside would be quadratic
    }
  }
  if (unreported > 0) warnings.push(`pasted text: stripped the ${d.label} from ${unreported} further runs of lines`);
  return out ?? lines;
}

const ENTITY = /&(?:nbsp|gt|lt|amp|quot|apos|#39|#x27|#160|#xa0);/;
const ENTITIES = /&(?:nbsp|gt|lt|amp|quot|apos|#39|#x27|#160|#xa0);/g;
const ENTITY_TEXT: Record<string, string> = {
  '&nbsp;': ' ',
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&#x27;': "'",
  '&#160;': ' ',
  '&#xa0;': ' ',
};

/** Text copied from a page's HTML source: "&nbsp;" padding, "kd&gt; !vm". kd never prints entities, so two such lines decide. */
function decodeHtmlEntities(lines: string[], warnings: string[]): string[] {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.indexOf('&') !== -1 && !isOverlong(l) && ENTITY.test(l)) {
      if (first === -1) first = i;
      last = i;
      count++;
    }
  }
  if (count < 2) return lines;
  const out = lines.slice();
  for (let i = first; i <= last; i++) {
    const l = out[i] as string;
    if (l.indexOf('&') !== -1 && !isOverlong(l)) out[i] = l.replace(ENTITIES, (e) => ENTITY_TEXT[e] ?? e);
  }
  warnings.push(`pasted text: decoded HTML entities (&nbsp;, &gt;, …) on ${count} lines between ${lineRange(first, last)}`);
  return out;
}

/** True when the line's only backtick is its last non-space character, glued to the text before it. */
function endsWithLoneBacktick(line: string): boolean {
  const e = trimmedEnd(line);
  if (e < 2 || line.charCodeAt(e - 1) !== 96 || isSpace(line.charCodeAt(e - 2))) return false;
  return line.indexOf('`') === e - 1;
}

/**
 * One inline code span around a whole multi-line paste (`0: kd> !verifier … bytes`): the chat
 * keeps the opening backtick glued to the prompt and the closing one to the last line, and no
 * other line carries one. The opening one comes off a prompt line; the closing one off a line
 * that ends a paragraph (the text's last line or one before a blank line) and has no other backtick.
 */
function stripSpanEdges(lines: string[], warnings: string[]): string[] {
  let out: string[] | null = null;
  const cut: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.length === 0 || isOverlong(l) || l.indexOf('`') === -1) continue;
    const s = skipSpaces(l, 0, 8);
    if (l.charCodeAt(s) === 96 && l.charCodeAt(s + 1) !== 96 && l.lastIndexOf('`') === s && parsePromptLine(l.slice(s + 1)) !== null) {
      out ??= lines.slice();
      out[i] = l.slice(0, s) + l.slice(s + 1);
      cut.push(i);
      continue;
    }
    const nextBlank = i + 1 >= lines.length || (lines[i + 1] as string).trim().length === 0;
    if (nextBlank && endsWithLoneBacktick(l) && looksLikeDebuggerLine(l)) {
      out ??= lines.slice();
      const e = trimmedEnd(l);
      out[i] = l.slice(0, e - 1) + l.slice(e);
      cut.push(i);
    }
  }
  if (cut.length > 0) {
    const shown = cut.slice(0, MAX_RUN_WARNINGS_PER_KIND).map((i) => i + 1).join(', ');
    warnings.push(`pasted text: stripped a code span's backtick from ${cut.length === 1 ? 'line' : 'lines'} ${shown}${cut.length > MAX_RUN_WARNINGS_PER_KIND ? ', …' : ''}`);
  }
  return out ?? lines;
}

/** The first non-space character of every line (within its first 8 characters). */
function firstCharacters(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    if (line.length === 0 || isOverlong(line)) continue;
    const i = skipSpaces(line, 0, 8);
    if (i < line.length) out.add(line.charAt(i));
  }
  return out;
}

/**
 * Removes paste decorations from runs of lines (see the file comment). Returns the input array
 * itself when nothing was stripped. Nested decorations ("> > ", "> // ", "3 | > ") come off in
 * up to three rounds.
 */
export function stripPasteDecoration(lines: string[]): UndecoratedLines {
  const warnings: string[] = [];
  let current = decodeHtmlEntities(lines, warnings);
  for (let round = 0; round < 3; round++) {
    const before = warnings.length;
    const firsts = firstCharacters(current);
    for (const d of DECORATIONS) {
      // one cheap look decides most texts: no line starts with this kind's character
      let possible = false;
      for (let k = 0; k < d.starts.length && !possible; k++) possible = firsts.has(d.starts.charAt(k));
      if (possible) current = stripKind(current, d, warnings);
    }
    if (warnings.length === before) break;
  }
  current = stripSpanEdges(current, warnings);
  return { lines: current, warnings };
}

/** Cheap look at the start of a large text: does it hold a decorated run at all? */
export function hasPasteDecoration(text: string, sampleChars = 65536): boolean {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const lines = sample.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  return stripPasteDecoration(lines).warnings.length > 0;
}
