// The one sanitiser for target text: every code point class the issue names (C0, DEL,
// C1 incl. CSI/ST/OSC, ESC sequences, bidi, zero-width, BOM, U+2028/9), both layouts,
// an exhaustive sweep of all code points, and the JSON form for terminals.
import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, showTargetText, showTargetTextDeep, terminalSafeJson } from '../../../electron/contract/targetText';
import { sanitizeConsoleText } from '../../../electron/debugger/consoleTextSanitizer';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const hex2 = (cp: number) => cp.toString(16).padStart(2, '0');

describe('showTargetText', () => {
  it('escapes every C0 control, DEL and every C1 control as \\xNN', () => {
    for (const cp of [...range(0x00, 0x1f), 0x7f, ...range(0x80, 0x9f)]) {
      const shown = showTargetText(`a${String.fromCodePoint(cp)}b`);
      const expected = cp === 0x09 ? '\\t' : cp === 0x0a ? '\\n' : cp === 0x0d ? '\\r' : `\\x${hex2(cp)}`;
      expect(shown, `U+${cp.toString(16)}`).toBe(`a${expected}b`);
    }
  });

  it('shows C1 CSI, ST and OSC (0x9B/0x9C/0x9D) so the user sees them', () => {
    expect(showTargetText('nt!KeBugCheckEx\u009d8;;https://evil.example/\u009cCLICK-ME\u009d8;;\u009c')).toBe(
      'nt!KeBugCheckEx\\x9d8;;https://evil.example/\\x9cCLICK-ME\\x9d8;;\\x9c',
    );
    expect(showTargetText('\u009b2J')).toBe('\\x9b2J');
  });

  it('turns ESC sequences (CSI, OSC, DCS, 7-bit ST) into inert visible text', () => {
    expect(showTargetText('\x1b[2J\x1b[31mred')).toBe('\\x1b[2J\\x1b[31mred');
    expect(showTargetText('\x1b]0;owned title\x07x')).toBe('\\x1b]0;owned title\\x07x');
    expect(showTargetText('\x1b]52;c;ZXZpbA==\x1b\\')).toBe('\\x1b]52;c;ZXZpbA==\\x1b\\');
    expect(showTargetText('\x1bP1$r\x1b\\')).toBe('\\x1bP1$r\\x1b\\');
    expect(showTargetText('\u0090q\u009c')).toBe('\\x90q\\x9c');
    // An unterminated OSC no longer swallows the text after it: everything stays visible.
    expect(showTargetText('\x1b]8;;http://x/ HIDE-THIS-TEXT')).toBe('\\x1b]8;;http://x/ HIDE-THIS-TEXT');
  });

  it('escapes bidi controls, zero-width characters, BOM and the line/paragraph separators', () => {
    const cases: Array<[number, string]> = [
      ...range(0x202a, 0x202e).map((cp): [number, string] => [cp, `\\u${cp.toString(16)}`]),
      ...range(0x2066, 0x2069).map((cp): [number, string] => [cp, `\\u${cp.toString(16)}`]),
      ...range(0x200b, 0x200f).map((cp): [number, string] => [cp, `\\u${cp.toString(16)}`]),
      [0x061c, '\\u061c'],
      [0x2060, '\\u2060'],
      [0xfeff, '\\ufeff'],
      [0x2028, '\\u2028'],
      [0x2029, '\\u2029'],
      [0x00ad, '\\xad'],
      [0xe0041, '\\u{e0041}'],
    ];
    for (const [cp, escaped] of cases) expect(showTargetText(`x${String.fromCodePoint(cp)}y`), `U+${cp.toString(16)}`).toBe(`x${escaped}y`);
    // The classic spoof: "evil‮txt.exe" reads as "evilexe.txt" until the RLO is visible.
    expect(showTargetText('evil\u202etxt.exe')).toBe('evil\\u202etxt.exe');
  });

  it('leaves printable text alone: ASCII, Latin-1, CJK, astral letters, Windows paths, U+FFFD', () => {
    const text = 'Ab1 ~!@#$%^&*()_+{}|:"<>? ÄÖÜ ß é 中文 𝔸 \\SystemRoot\\system32\\ntoskrnl.exe(42) \ufffd \u00a0';
    expect(showTargetText(text)).toBe(text);
    expect(showTargetText(text)).toBe(text);
    expect(hasHiddenCharacters(text)).toBe(false);
  });

  it('sweeps every code point: nothing a terminal or a bidi renderer acts on survives, everything else does', () => {
    // Oracle: Unicode's own categories, checked one block at a time (one expect per block).
    const acts = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
    let escaped = 0;
    for (let start = 0; start <= 0x10ffff; start += 0x1000) {
      const chars = range(start, Math.min(start + 0xfff, 0x10ffff))
        .filter((cp) => cp < 0xd800 || cp > 0xdfff)
        .map((cp) => String.fromCodePoint(cp));
      const expected = chars
        .map((ch) => {
          if (!acts.test(ch)) return ch;
          escaped++;
          const cp = ch.codePointAt(0)!;
          if (ch === '\t') return '\\t';
          if (ch === '\n') return '\\n';
          if (ch === '\r') return '\\r';
          return cp <= 0xff ? `\\x${hex2(cp)}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\u{${cp.toString(16)}}`;
        })
        .join('');
      expect(showTargetText(chars.join('')), `block U+${start.toString(16)}`).toBe(expected);
    }
    expect(escaped).toBeGreaterThan(65 + 150);
  });

  it('escapes lone surrogates but keeps surrogate pairs', () => {
    expect(showTargetText('a\ud800b\udc00c')).toBe('a\\ud800b\\udc00c');
    expect(showTargetText('\ud835\udd38')).toBe('\ud835\udd38');
  });

  it('in the lines layout keeps LF, TAB and CR before LF; a lone CR is shown', () => {
    expect(showTargetText('a\tb\r\nc\nd', 'lines')).toBe('a\tb\r\nc\nd');
    expect(showTargetText('shown\rHIDDEN', 'lines')).toBe('shown\\rHIDDEN');
    expect(showTargetText('chunk ends\r', 'lines')).toBe('chunk ends\r');
    expect(showTargetText('a\x0bb\x0cc\x9dd\u202ee', 'lines')).toBe('a\\x0bb\\x0cc\\x9dd\\u202ee');
  });

  it('showTargetTextDeep copies a findings-like value with every string shown', () => {
    const value = { tag: 'Ab\u009dc', n: 3, ok: true, none: null, sites: [{ symbol: 'drv!F\u202eoo', lines: 'a\nb' }] };
    expect(showTargetTextDeep(value)).toEqual({ tag: 'Ab\\x9dc', n: 3, ok: true, none: null, sites: [{ symbol: 'drv!F\\u202eoo', lines: 'a\nb' }] });
    expect(value.tag).toBe('Ab\u009dc');
  });
});

describe('sanitizeConsoleText (the console uses the same sanitiser)', () => {
  it('keeps CR/LF/TAB and shows ESC, CSI, OSC, ST, bidi and zero-width characters', () => {
    expect(sanitizeConsoleText('kd> lm\r\n\tnt\r\n')).toBe('kd> lm\r\n\tnt\r\n');
    expect(sanitizeConsoleText('nt!KeBugCheckEx C1:CLICK-ME\u009d8;;https://x.example/\u009cHIDE-THIS-TEXT\u009d8;;\u009c END')).toBe(
      'nt!KeBugCheckEx C1:CLICK-ME\\x9d8;;https://x.example/\\x9cHIDE-THIS-TEXT\\x9d8;;\\x9c END',
    );
    expect(sanitizeConsoleText('\x1b]0;title\x07\x1b[2J\u200bx')).toBe('\\x1b]0;title\\x07\\x1b[2J\\u200bx');
  });
});

describe('terminalSafeJson', () => {
  it('escapes what JSON.stringify leaves raw, and the value parses back unchanged', () => {
    const value = { owner: 'evil\u009d8;;http://x/\u009c \x7f \u202e \u2028 \ufeff \u{e0041}', path: 'C:\\d\\x.sys' };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\x7f-\x9f\u202e\u2028\ufeff]|\udb40/);
    expect(json).toContain('\\u009d');
    expect(JSON.parse(json)).toEqual(value);
  });
});
