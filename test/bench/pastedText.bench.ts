// Benchmark (not a test): what the paste pre-pass (parsers/pastedTextDecoration.ts) costs,
// and that it grows linearly. A whole session (seed 000's !analyze -v + !verifier 3 + the
// verifier log, repeated to 256 KB, 1 MB, 4 MB) is parsed by parsers.transcript bare and
// decorated four ways ("> " quote, "// " comment, paste-site line numbers, a timestamp
// column). Each round times the bare parse and each decorated parse back to back on texts
// of the same size, so the machine's load moves both; the ratio decorated/bare is the
// pre-pass's price (it strips the decoration, then the same parse runs), and growth is
// ratio(k×)/ratio(1×) (1.0: linear). Medians of the rounds. Run: npm run bench -- pastedText
import { loadavg } from 'node:os';
import process from 'node:process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsers } from '../../electron/parsers/index';

const fixtures = fileURLToPath(new URL('../fixtures/parsers/', import.meta.url));
const session = ['seed000-analyze.txt', 'seed000-verifier3.txt', 'seed000-verifier80.txt'].map((f) => readFileSync(fixtures + f, 'utf8').trimEnd()).join('\n');
const KB = 1024;
const SCALES = [1, 4, 16] as const;
const ROUNDS = 7;

const decorations: Array<[string, (line: string, i: number) => string]> = [
  ['"> " quote', (l) => `> ${l}`],
  ['"// " comment', (l) => `// ${l}`],
  ['line numbers', (l, i) => `${i + 1}\t${l}`],
  ['timestamps', (l, i) => `[10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] ${l}`],
];

function sized(bytes: number): string[] {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    for (const l of session.split('\n')) {
      lines.push(l);
      size += l.length + 1;
    }
  }
  return lines;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export async function run(): Promise<void> {
  process.stdout.write(`paste pre-pass: parsers.transcript, decorated / bare (median of ${ROUNDS} rounds); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  const ratios = new Map<string, number[]>();
  for (const scale of SCALES) {
    const lines = sized(256 * KB * scale);
    const bare = lines.join('\n');
    const texts = decorations.map(([name, d]) => [name, lines.map(d).join('\n')] as const);
    // the decorated texts must read like the bare one (same commands), or the figure means nothing
    const commands = parsers.transcript(bare).commands.length;
    for (const [name, text] of texts) {
      const got = parsers.transcript(text).commands.length;
      if (got !== commands) throw new Error(`${name}: ${got} commands, bare ${commands}`);
    }
    // warm-up: every path compiled before the first timed round
    for (const [, text] of texts) parsers.transcript(text);
    parsers.transcript(bare);
    for (const [name, text] of texts) {
      const perRound: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const b = time(() => parsers.transcript(bare));
        const d = time(() => parsers.transcript(text));
        perRound.push(d / b);
      }
      const key = name;
      const list = ratios.get(key) ?? [];
      list.push(median(perRound));
      ratios.set(key, list);
    }
    process.stdout.write(`  ${String(256 * scale).padStart(5)} KB: ${lines.length} lines, ${commands} commands\n`);
  }
  process.stdout.write('  decoration        ratio 1×   ratio 4×   ratio 16×   growth 16×/1×\n');
  for (const [name, list] of ratios) {
    const [r1, r4, r16] = list as [number, number, number];
    process.stdout.write(`  ${name.padEnd(16)} ${r1.toFixed(2).padStart(8)}   ${r4.toFixed(2).padStart(8)}   ${r16.toFixed(2).padStart(9)}   ${(r16 / r1).toFixed(2).padStart(12)}\n`);
  }
}
