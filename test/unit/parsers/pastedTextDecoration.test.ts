// Issue 13, class 1: text pasted with the same decoration on every line (block quotes, comment
// markers, inline backticks, bullets, paste-site line numbers, a timestamp column) reads like the
// bare text, with a warning naming what was stripped and from which original lines.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { splitLines } from '../../../electron/parsers/lineSplitter';
import { stripPasteDecoration } from '../../../electron/parsers/pastedTextDecoration';
import type { AnalyzeResult, TranscriptResult, Verifier3Result } from '../../../electron/parsers/resultTypes';
import { publicFixture, seedFixture, single } from './fixtureText';

function withoutWarnings<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'warnings' ? undefined : v))) as T;
}

/** Every line decorated; with a suffix (inline code) blank lines stay blank, as a chat client leaves them. */
function decorate(text: string, prefix: (i: number) => string, suffix = ''): string {
  return text
    .split('\n')
    .map((l, i) => (suffix !== '' && l.trim() === '' ? l : prefix(i) + l + suffix))
    .join('\n');
}

const seedAnalyze = seedFixture('seed000-analyze.txt').trimEnd();
const seedSession = `${seedAnalyze}\n${seedFixture('seed000-verifier3.txt')}`;

/** The fixtures that are pasted text with a decoration (the cases this pre-pass is for). */
const DECORATED_FIXTURES = new Set([
  'analyze-a-quoted-fields-only-zh.txt',
  'analyze-d1-quoted-nbsp-markdown.txt',
  'session-idt-in-cpp-comment.txt',
  'analyze-c2-7-quoted-freed-pool-tag.txt',
  'verifier-win11-flags-inline-backtick-head.txt',
  'verifier-win11-counters-inline-backtick-tail.txt',
]);

describe('paste pre-pass: real text', () => {
  it('a "> "-quoted !analyze fragment in a list item gives the bug check from FAILURE_BUCKET_ID (code-index 7077382788)', () => {
    const r = single(parsers.analyze(publicFixture('analyze-a-quoted-fields-only-zh.txt'))) as AnalyzeResult;
    expect(r.bugcheck.code).toBe('0xa');
    expect(r.bugcheck).toMatchObject({ name: 'IRQL_NOT_LESS_OR_EQUAL', nameSource: 'table' }); // only "0xA_…" in the text
    expect(r.imageName).toBe('ntkrpamp.exe');
    expect(r.moduleName).toBe('nt');
    expect(r.failureBucketId).toBe('0xA_nt!KiExceptionExit+10c');
    expect(r.fields['SYMBOL_NAME']).toBe('nt!KiExceptionExit+10c');
    expect(r.fields['PROCESS_NAME']).toBe('System');
    expect(r.warnings).toContain('pasted text: stripped the block quote ">" from lines 3–13 (11 lines)');
    expect(r.warnings).toContain('no "NAME (code)" bug check header: code 0xa taken from FAILURE_BUCKET_ID');
  });

  it('no fixture of real debugger output is touched (none of them is decorated)', () => {
    const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
    const touched: string[] = [];
    for (const [dir, read] of [
      ['public', publicFixture],
      ['parsers', seedFixture],
    ] as const) {
      for (const f of readdirSync(`${root}${dir}`)) {
        if (!f.endsWith('.txt') || f.endsWith('.source.txt') || DECORATED_FIXTURES.has(f)) continue;
        if (stripPasteDecoration(splitLines(read(f))).warnings.length > 0) touched.push(f);
      }
    }
    expect(touched).toEqual([]);
  });
});

describe('paste pre-pass: decorations (synthetic variants of seed 000)', () => {
  const bare = withoutWarnings(parsers.analyze(seedAnalyze));
  const n = seedAnalyze.split('\n').length;
  const cases: Array<[string, string, string]> = [
    ['e-mail quote "> "', decorate(seedAnalyze, () => '> '), 'block quote ">"'],
    ['nested quote ">> "', decorate(seedAnalyze, () => '>> '), 'block quote ">"'],
    ['spaced nested quote "> > "', decorate(seedAnalyze, () => '> > '), 'block quote ">"'],
    ['C++ comment "// "', decorate(seedAnalyze, () => '// '), 'comment marker "//"'],
    ['shell comment "# "', decorate(seedAnalyze, () => '# '), 'comment marker "#"'],
    ['asm/ini comment ";"', decorate(seedAnalyze, () => ';'), 'comment marker ";"'],
    ['batch "REM "', decorate(seedAnalyze, () => 'REM '), 'comment marker "REM"'],
    ['inline backticks', decorate(seedAnalyze, () => '`', '`'), 'inline backticks'],
    ['bullets "- "', decorate(seedAnalyze, () => '- '), 'list bullets'],
    ['bullets "• "', decorate(seedAnalyze, () => '• '), 'list bullets'],
    ['paste-site line numbers "N\\t"', decorate(seedAnalyze, (i) => `${i + 1}\t`), 'paste-site line numbers'],
    ['paste-site line numbers " N | "', decorate(seedAnalyze, (i) => `${String(i + 1).padStart(3)} | `), 'paste-site line numbers'],
    ['timestamp column "[10:23:45] "', decorate(seedAnalyze, (i) => `[10:23:${String(i % 60).padStart(2, '0')}] `), 'timestamp column'],
    ['ISO timestamp column', decorate(seedAnalyze, () => '2024-03-05 10:23:45.120 '), 'timestamp column'],
  ];
  it.each(cases)('%s: same result as the bare text, and a warning naming it', (_name, text, label) => {
    const r = parsers.analyze(text) as AnalyzeResult;
    expect(withoutWarnings(r)).toEqual(bare);
    expect(r.bugcheck.code).toBe('0xc4');
    expect(r.warnings[0]).toBe(`pasted text: stripped the ${label} from lines 1–${n} (${label === 'inline backticks' ? n - 1 : n} lines)`);
  });

  it('a quoted code fence inside a list item, then a line-numbered copy of it: both layers come off', () => {
    const text = decorate(decorate(seedAnalyze, () => '  > '), (i) => `${i + 1}. `);
    const r = parsers.analyze(text) as AnalyzeResult;
    expect(withoutWarnings(r)).toEqual(bare);
    expect(r.warnings.slice(0, 2)).toEqual([
      `pasted text: stripped the paste-site line numbers from lines 1–${n} (${n} lines)`,
      `pasted text: stripped the block quote ">" from lines 1–${n} (${n} lines)`,
    ]);
  });

  it('a quoted block between prose keeps the original line numbers (transcript startLine)', () => {
    const text = `Hi all, my driver crashes on unload:\n\n${decorate(seedSession.trimEnd(), () => '> ')}\n\nAny idea?\n`;
    const t = parsers.transcript(text) as TranscriptResult;
    expect(t.commands.map((c) => [c.command, c.startLine])).toEqual([
      ['!analyze -v', 2],
      ['!verifier 3 Mydriver.sys', 2 + seedAnalyze.split('\n').length],
    ]);
    const v = t.commands[1]!.result as Verifier3Result;
    expect(v.drivers[0]!.name).toBe('MyDriver.sys');
    expect(v.drivers[0]!.allocations.map((a) => a.callerSymbol)).toEqual(
      (single(parsers.verifier3(seedFixture('seed000-verifier3.txt'))) as Verifier3Result).drivers[0]!.allocations.map((a) => a.callerSymbol),
    );
    expect(t.warnings[0]).toMatch(/^pasted text: stripped the block quote ">" from lines 3–\d+ \(\d+ lines\)$/);
  });

  it('prose in quotes is not touched (nothing that looks like debugger output)', () => {
    const lines = ['> I see a blue screen every morning', '> and I do not know why.', '', 'kd> !analyze -v'];
    expect(stripPasteDecoration(lines)).toEqual({ lines, warnings: [] });
  });
});

describe('paste pre-pass: kd output that merely looks decorated stays as it is', () => {
  const keep: Array<[string, string[]]> = [
    [
      'the !analyze banner box (lines start with "* " and end with "*")',
      [
        '*******************************************************************************',
        '*                                                                             *',
        '*                        Bugcheck Analysis                                    *',
        '*                                                                             *',
        '*******************************************************************************',
      ],
    ],
    [
      'kn frames 00..1f (hex, leading zeros; 10..19 follow 0f)',
      [' # ChildEBP RetAddr  Args to Child', ...Array.from({ length: 32 }, (_, k) => `${k.toString(16).padStart(2, '0')} 8772d834 82ab06b1 000000c1 00000070 64636261 nt!F${k}+0x1`)],
    ],
    ['a source listing (line numbers end with ":")', ['    28:     p = ExAllocatePool2(POOL_FLAG_PAGED, 0x80, \'AnB1\');', '    29:     KdPrint(("%p", p));', '>   30:     anotherBuffer = NULL;', '    31: }']],
    ['one "#" header line, then frames', [' # Child-SP          RetAddr           Call Site', '00 fffff880`0335f6e8 fffff800`02b5d6ad nt!KeBugCheckEx', '01 fffff880`0335f6f0 fffff800`02b5c7c2 nt!KiBugCheckDispatch+0x69']],
    ['!pool lines with a "*" marker', ['*826fa130 size:   c0 previous size:   40  (Allocated) *SeSd', ' 826fa1f0 size:   10 previous size:   c0  (Free)       Io  ']],
    ['two prompt-like quoted lines with nothing between (a single source listing "> " each is a run of one)', ['>   30:     x = 1;', 'kd> kb']],
    ['x64 addresses keep their backticks, also at a paragraph end', ['fffff804`02c6bcc8 fffff804`00cd53b2 : nt!DbgBreakPointWithStatus', '', 'kd> dq fffff804`02c6bcc8 l1']],
    ['a db line whose ASCII column ends with "`", inside the output (not before a blank line)', ['8278d970  4f 4f 4f 4f 60 00 00 00  OOOO`...', '8278d978  00 00 00 00  ....']],
  ];
  it.each(keep)('%s', (_name, lines) => {
    expect(stripPasteDecoration(lines)).toEqual({ lines, warnings: [] });
  });
});

describe('paste pre-pass: bounded work', () => {
  it('long blank and marker-only lines, and 100k short decorated lines, are handled in one pass each', () => {
    const lines = [' '.repeat(8000), '>'.repeat(8000), '> '.repeat(4000), '#'.repeat(8000), '1'.repeat(8000), '`'.repeat(8000), '[1'.repeat(4000)];
    expect(stripPasteDecoration(lines).lines).toHaveLength(lines.length);
    const many = Array.from({ length: 100_000 }, (_, k) => `${k + 1}\t> // fffff800\`01927cc6 nt!KeBugCheckEx+0x${k.toString(16)}`);
    const r = stripPasteDecoration(many);
    expect(r.lines[99_999]).toBe('fffff800`01927cc6 nt!KeBugCheckEx+0x1869f');
    expect(r.warnings).toHaveLength(3);
  });
});

describe('paste pre-pass: a page that quoted !analyze -v with HTML entities and markdown escapes', () => {
  it('"> " quotes, "\\*" stars, "&nbsp;" padding, trailing markdown breaks (code-index 3616231499)', () => {
    const r = single(parsers.analyze(publicFixture('analyze-d1-quoted-nbsp-markdown.txt'))) as AnalyzeResult;
    expect(r.bugcheck).toMatchObject({
      code: '0xd1',
      name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL',
      args: ['0xcdd557f170', '0x2', '0x0', '0xfffff807c2531ae1'],
      argDescriptions: ['memory referenced', 'IRQL', 'value 0 = read operation, 1 = write operation', 'address which referenced memory'],
    });
    expect(r.warnings.slice(0, 2)).toEqual([
      'pasted text: decoded HTML entities (&nbsp;, &gt;, …) on 3 lines between lines 4–6',
      'pasted text: stripped the block quote ">" from lines 3–18 (16 lines)',
    ]);
  });

  it('synthetic: "kd&gt;" prompts copied from HTML source become prompts', () => {
    const t = parsers.transcript('kd&gt; !vm\nNonPagedPool Usage: 10 ( 40 Kb)\nkd&gt; lm\nstart end module name\n') as TranscriptResult;
    expect(t.commands.map((c) => c.command)).toEqual(['!vm', 'lm']);
  });
});

describe('paste pre-pass: kd output kept in a C++ comment (real, code-index 17902185354)', () => {
  it('the "// " run comes off: the command is found on its original line, its output follows', () => {
    const text = publicFixture('session-idt-in-cpp-comment.txt');
    const t = parsers.transcript(text) as TranscriptResult;
    expect(t.commands.map((c) => [c.command, c.startLine, c.outputLineCount])).toEqual([['!idt 0x29', 5, 4]]);
    expect(t.warnings[0]).toBe('pasted text: stripped the comment marker "//" from lines 1–9 (9 lines)');
    expect(stripPasteDecoration(splitLines(text)).lines[7]).toBe('29:\tfffff8053b9ccb80 nt!KiRaiseSecurityCheckFailure');
  });
});
