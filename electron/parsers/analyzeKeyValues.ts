// The KEY_VALUES_STRING block of `!analyze -v` (Windows 10+ debuggers): "    Key  : Analysis.CPU.mSec" then
// "    Value: 2140", pairs apart by blank lines. Read wherever the pair shape occurs, so a paste cut before the
// "KEY_VALUES_STRING: 1" line keeps its pairs; the list is bounded (a hostile text can repeat the shape forever).
import { isOverlong } from './lineSplitter';
import type { AnalysisKeyValue } from './resultTypes';

export const MAX_KEY_VALUES = 256;

const KEY_LINE = /^[ \t]{0,16}Key[ \t]{0,8}:(.*)$/;
const VALUE_LINE = /^[ \t]{0,16}Value[ \t]{0,8}:(.*)$/;
/** The key is one dotted name ("Bugcheck.Code.LegacyAPI", "WER.OS.Version"): no spaces, so prose "Key: …" is not one. */
const KEY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,255}$/;

/** The pair whose "Key :" line is lines[at] (its "Value:" on the next non-blank line), with the index of its last line; else null. */
export function readKeyValue(lines: readonly string[], at: number): { pair: AnalysisKeyValue; end: number } | null {
  const line = lines[at] as string;
  const k = isOverlong(line) ? null : KEY_LINE.exec(line);
  const key = k ? (k[1] as string).trim() : '';
  if (!KEY_NAME.test(key)) return null;
  for (let n = at + 1; n < lines.length && n <= at + 2; n++) {
    const next = lines[n] as string;
    if (next.trim().length === 0) continue;
    const v = isOverlong(next) ? null : VALUE_LINE.exec(next);
    return v ? { pair: { key, value: (v[1] as string).trim() }, end: n } : { pair: { key, value: null }, end: at };
  }
  return { pair: { key, value: null }, end: at };
}

/** Collects the pairs in order, keeping at most MAX_KEY_VALUES; `dropped` counts the rest. */
export class KeyValueList {
  readonly pairs: AnalysisKeyValue[] = [];
  dropped = 0;

  add(pair: AnalysisKeyValue): void {
    if (this.pairs.length < MAX_KEY_VALUES) this.pairs.push(pair);
    else this.dropped++;
  }

  /** The value of the first pair with this key, when it has one. */
  valueOf(key: string): string | null {
    return this.pairs.find((p) => p.key === key)?.value ?? null;
  }
}
