// Finds the regular-expression shapes that make a backtracking engine quadratic (or
// worse) in the length of a line, statically, so a test can count them instead of
// timing parsers. Two shapes:
//  - "adjacent": two unbounded quantifiers whose characters overlap, separated only by
//    elements that may match nothing — `\s*(\*?)\s*`, `\s+:?\s*`, `(.+)\s+` — followed
//    by something that can fail (a bound over 128 counts as unbounded): on a long run of the shared character every split of
//    the run between the two is tried (O(n²) per start position).
//  - "unanchored start": a pattern that is not anchored (^ or sticky) and starts with an
//    unbounded quantifier: every start position re-scans the run (O(n²) per line).
// Patterns are read from the TypeScript source (regex literals and `new RegExp('…')`).
import { readFileSync } from 'node:fs';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import ts from 'typescript';

export interface PatternFinding {
  file: string;
  line: number;
  pattern: string;
  shape: 'adjacent' | 'unanchored start';
  detail: string;
}

interface SourcePattern {
  line: number;
  source: string;
  flags: string;
}

function patternsIn(file: string): SourcePattern[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: SourcePattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
      out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: node.arguments[0].text, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Characters an atom may match, probed over the BMP's first planes (enough for overlap). */
const probe: string[] = Array.from({ length: 0x3100 }, (_, i) => String.fromCharCode(i)).concat(['\u3000', '\ufeff', '\uff10']);

const charSets = new Map<string, Set<string>>();

function charsOf(node: AST.Node, flags: string): Set<string> | null {
  if (node.type !== 'Character' && node.type !== 'CharacterClass' && node.type !== 'CharacterSet') return null;
  const key = `${node.raw}/${flags.replace(/[^iusv]/g, '')}`;
  let set = charSets.get(key);
  if (!set) {
    const re = new RegExp(`^(?:${node.raw})$`, flags.replace(/[gy]/g, ''));
    set = new Set(probe.filter((c) => re.test(c)));
    charSets.set(key, set);
  }
  return set;
}

function overlaps(a: Set<string>, b: Set<string>): string | null {
  for (const c of a) if (b.has(c)) return c;
  return null;
}

function canBeEmpty(node: AST.Node): boolean {
  switch (node.type) {
    case 'Assertion':
      return true;
    case 'Quantifier':
      return node.min === 0 || canBeEmpty(node.element);
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some((a) => a.elements.every(canBeEmpty));
    default:
      return false;
  }
}

/** Elements of a sequence with single-alternative groups flattened (they are in line). */
function flatten(elements: readonly AST.Element[]): AST.Element[] {
  const out: AST.Element[] = [];
  for (const e of elements) {
    if ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length === 1) out.push(...flatten(e.alternatives[0]!.elements));
    else out.push(e);
  }
  return out;
}

/** Long bounded runs (`[^|]{1,1024}`) backtrack like unbounded ones on long lines. */
const LONG_RUN = 128;

function isLongRun(q: AST.Quantifier): boolean {
  return q.max === Infinity || q.max > LONG_RUN;
}

interface Pending {
  raw: string;
  chars: Set<string>;
}

function checkSequence(elements: readonly AST.Element[], flags: string, report: (detail: string) => void): void {
  const seq = flatten(elements);
  let pending: Pending[] = [];
  seq.forEach((e, i) => {
    const rest = seq.slice(i + 1);
    // Nothing after can fail (only optional elements or end assertions): the first try matches.
    const restCannotFail = rest.every((r) => canBeEmpty(r) && (r.type !== 'Assertion' || r.kind === 'end'));
    if (e.type === 'Quantifier' && isLongRun(e)) {
      const chars = charsOf(e.element, flags);
      if (chars) {
        for (const p of pending) {
          const c = overlaps(p.chars, chars);
          // Harmless when nothing after can fail and the second run either may be empty or
          // takes every character the first gives back (`\s*(.+)$`): the first try matches.
          const absorbs = [...p.chars].every((ch) => chars.has(ch));
          if (c !== null && !(restCannotFail && (e.min === 0 || absorbs))) report(`${p.raw} … ${e.raw} share ${JSON.stringify(c)}`);
        }
        pending = e.min === 0 ? [...pending, { raw: e.raw, chars }] : [{ raw: e.raw, chars }];
        return;
      }
    }
    // Optional single characters in between (`(\*?)`, `:?`) keep the runs adjacent.
    if (!canBeEmpty(e)) pending = [];
    // Nested alternatives: check each on its own.
    if (e.type === 'Group' || e.type === 'CapturingGroup') for (const a of e.alternatives) checkSequence(a.elements, flags, report);
    if (e.type === 'Quantifier' && (e.element.type === 'Group' || e.element.type === 'CapturingGroup')) for (const a of e.element.alternatives) checkSequence(a.elements, flags, report);
  });
}

export function superLinearPatterns(files: readonly string[]): PatternFinding[] {
  const findings: PatternFinding[] = [];
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  for (const file of files) {
    for (const p of patternsIn(file)) {
      let pattern: AST.Pattern;
      try {
        pattern = parser.parsePattern(p.source, 0, p.source.length, { unicode: p.flags.includes('u'), unicodeSets: p.flags.includes('v') });
      } catch {
        continue;
      }
      const add = (shape: PatternFinding['shape'], detail: string) => findings.push({ file, line: p.line, pattern: `/${p.source}/${p.flags}`, shape, detail });
      for (const alt of pattern.alternatives) {
        checkSequence(alt.elements, p.flags, (d) => add('adjacent', d));
        const seq = flatten(alt.elements);
        const first = seq[0];
        const anchored = p.flags.includes('y') || (first?.type === 'Assertion' && first.kind === 'start');
        const rest = seq.slice(1);
        // Here even `$` can fail (the run may stop before the end of the line).
        const restCannotFail = rest.every((r) => canBeEmpty(r) && r.type !== 'Assertion');
        if (!anchored && first?.type === 'Quantifier' && isLongRun(first) && first.min > 0 && !restCannotFail) add('unanchored start', `starts with ${first.raw}`);
      }
    }
  }
  return findings;
}
