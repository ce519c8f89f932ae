// Benchmark (not a test): every parser over hostile shapes of debugger text — long blank
// lines ending in a word, long runs of one character, many prompts, lone CRs — at 1×, 4×
// and 16× the size (256 KB, 1 MB, 4 MB) and 1k/4k/8k-character lines. Parsing must grow at
// most linearly. Each parse is timed against a baseline run in the same round on the same
// text (split into lines at CR/LF and trim each — linear by construction), so the load of
// a shared machine moves both; growth is ratio(k×)/ratio(1×): 1.0 is linear, a quadratic
// parser would show k (4 or 16). The table gives, per shape and line length, the slowest
// parser at 16× and the worst growth of any parser that takes over 10 ms there.
// Run: npm run bench -- hostile
import { loadavg } from 'node:os';
import process from 'node:process';
import { parseKinds, parsers } from '../../electron/parsers/index';

const KB = 1024;
const BASE_BYTES = 256 * KB;
const SCALES = [1, 4, 16] as const;
const LINE_LENGTHS = [1000, 4000, 8000] as const;
const ROUNDS = 3;

interface Shape {
  name: string;
  line: (length: number) => string;
  /** false: the shape's lines have their own length (prompts). */
  sized: boolean;
}

const shapes: Shape[] = [
  { name: 'blank lines', line: (n) => ' '.repeat(n), sized: true },
  { name: 'blank, then a word', line: (n) => ' '.repeat(n - 1) + 'x', sized: true },
  { name: 'blank, then ": 0"', line: (n) => ' '.repeat(n - 3) + ': 0', sized: true },
  { name: 'tabs, then a word', line: (n) => '\t'.repeat(n - 1) + 'x', sized: true },
  { name: 'run of "*"', line: (n) => '*'.repeat(n), sized: true },
  { name: 'run of "("', line: (n) => '('.repeat(n), sized: true },
  { name: 'run of "f"', line: (n) => 'f'.repeat(n), sized: true },
  { name: 'lone CRs ("a\\r" repeated)', line: (n) => 'a\r'.repeat(n / 2), sized: true },
  { name: 'many prompts (one command per line)', line: () => '0: kd> !verifier 0x80 fffffa80`05400000', sized: false },
  { name: 'many prompts, then a frame line', line: () => '0: kd> !pool fffffa80`05400000\nfffff80001927cc6 nt!VeAllocatePoolWithTagPriority+0x2b6', sized: false },
];

function textOf(line: string, bytes: number): string {
  const copies = Math.max(1, Math.round(bytes / (line.length + 1)));
  return (line + '\n').repeat(copies);
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function baseline(text: string): number {
  return time(() => {
    const lines = text.split(/\r\n|\n|\r/);
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trim();
    return lines;
  });
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Row {
  shape: string;
  lineLength: string;
  /** per scale: per kind, median ms */
  ms: Map<number, Map<string, number>>;
  /** per scale: per kind, median of the per-round ratios to the baseline */
  ratio: Map<number, Map<string, number>>;
}

function printRow(row: Row): void {
    const at = (scale: number, kind: string) => row.ms.get(scale)!.get(kind)!;
    const ratio = (scale: number, kind: string) => row.ratio.get(scale)!.get(kind)!;
    const slowest = [...row.ms.get(16)!].sort((a, b) => b[1] - a[1])[0]![0];
    const growth = (kind: string, scale: number) => ratio(scale, kind) / ratio(1, kind);
    const timed = parseKinds.filter((k) => at(16, k) > 10);
    const worst = timed.map((k) => [k, growth(k, 16)] as const).sort((a, b) => b[1] - a[1])[0];
    process.stdout.write(
      `| ${row.shape} | ${row.lineLength} | ${slowest} | ${SCALES.map((s) => at(s, slowest).toFixed(0)).join(' / ')} | ${ratio(16, slowest).toFixed(1)} | ${growth(slowest, 4).toFixed(2)} / ${growth(slowest, 16).toFixed(2)} | ${worst ? `${worst[0]} ${worst[1].toFixed(2)}` : '— (all under 10 ms)'} |\n`,
    );
  }

export async function run(): Promise<void> {
  const load0 = loadavg();
  process.stdout.write(`hostile bench: ${parseKinds.length} parsers, sizes ${SCALES.map((s) => `${(BASE_BYTES * s) / KB} KB`).join(' / ')}, ${ROUNDS} rounds (median)\n`);
  const rows: Row[] = [];
  process.stdout.write('| shape | line | slowest parser at 16× | its ms at 1× / 4× / 16× | × baseline at 16× | its growth 4× / 16× | worst growth 16× (parsers over 10 ms) |\n|---|---:|---|---:|---:|---:|---|\n');
  for (const shape of shapes) {
    for (const length of shape.sized ? LINE_LENGTHS : [0]) {
      const line = shape.line(length);
      const row: Row = { shape: shape.name, lineLength: shape.sized ? `${length / 1000}k` : `${line.split('\n')[0]!.length}`, ms: new Map(), ratio: new Map() };
      for (const scale of SCALES) {
        const text = textOf(line, BASE_BYTES * scale);
        const perKind = new Map<string, number[]>();
        const perKindRatio = new Map<string, number[]>();
        for (let r = 0; r < ROUNDS; r++) {
          for (const kind of parseKinds) {
            const base = baseline(text);
            const ms = time(() => (parsers[kind] as (t: string) => unknown)(text));
            perKind.set(kind, [...(perKind.get(kind) ?? []), ms]);
            perKindRatio.set(kind, [...(perKindRatio.get(kind) ?? []), ms / Math.max(base, 0.01)]);
          }
        }
        row.ms.set(scale, new Map([...perKind].map(([k, v]) => [k, median(v)])));
        row.ratio.set(scale, new Map([...perKindRatio].map(([k, v]) => [k, median(v)])));
      }
      rows.push(row);
      printRow(row);
    }
  }

  // The issue's figure: `parse pool` on 256 KB of blank 8,000-character lines.
  const blank = textOf(' '.repeat(8000), BASE_BYTES);
  const blankWord = textOf(' '.repeat(7999) + 'x', BASE_BYTES);
  const pool = median(Array.from({ length: 5 }, () => time(() => parsers.pool(blank))));
  const poolWord = median(Array.from({ length: 5 }, () => time(() => parsers.pool(blankWord))));
  process.stdout.write(`parsers.pool on 256 KB of blank 8,000-character lines: ${pool.toFixed(1)} ms; the same lines ending in a word: ${poolWord.toFixed(1)} ms\n`);
  const fmt = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(`load average before: ${fmt(load0)}; after: ${fmt(loadavg())}\n`);
  process.stdout.write(`node ${process.version}, ${process.platform} ${process.arch}\n`);
}
