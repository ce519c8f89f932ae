// Benchmark (not a test): parsing a full verifier pool log (!verifier 0x80 without an
// address: 65,536 entries, x64 layout of seed 003, 8 frames each, ~680k lines) compared
// with only splitting the same text into lines. Target: within 3x of the split baseline,
// under 200 MB peak RSS. A second baseline also trims every line (it looks at the characters,
// as any parser must); it is reported alongside, the target stays against the plain split.
// Wall-clock times on a shared machine are noisy (the load average is printed with the
// table), so every round runs the baseline and each mode back to back and the ratio is taken
// per round: the reported ratio is the median of the per-round ratios, with their quartiles.
// Run: npm run bench -- parsers
import { loadavg } from 'node:os';
import process from 'node:process';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { parsers, VerifierLogStream, isMultiResult } from '../../electron/parsers/index';
import { generateVerifierLog } from '../fixtures/parsers/synthetic-verifier-log';

interface Sample {
  ms: number;
  startRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const mb = (n: number): number => n / (1024 * 1024);

function memory(): { rss: number; heap: number } {
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

// Expose the collector without command-line flags, so each mode starts from a clean heap.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

function gc(): void {
  collect?.();
}

function measure(fn: (tick: () => void) => unknown): Sample {
  gc();
  const startRss = memory().rss;
  let peakRss = startRss;
  let peakHeap = memory().heap;
  const tick = (): void => {
    const m = memory();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heap > peakHeap) peakHeap = m.heap;
  };
  const t0 = performance.now();
  const keep = fn(tick);
  const ms = performance.now() - t0;
  tick();
  void keep;
  return { ms, startRssMb: mb(startRss), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap) };
}

function median(xs: number[]): number {
  return quartiles(xs)[1];
}

/** [first quartile, median, third quartile] (nearest rank). */
function quartiles(xs: number[]): [number, number, number] {
  const s = xs.slice().sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return [at(0.25), at(0.5), at(0.75)];
}

export async function run(): Promise<void> {
  const entries = 0x10000;
  const text = generateVerifierLog({ entries, seed: 1 });
  const sizeMb = mb(Buffer.byteLength(text));
  const lineCount = text.split('\n').length;
  const rounds = 11;
  process.stdout.write(`parsers bench: !verifier 0x80 log, ${entries} entries x 8 frames, ${lineCount} lines, ${sizeMb.toFixed(1)} MB, ${rounds} rounds (median)\n`);

  const load0 = loadavg();
  const results: Record<string, Sample[]> = { split: [], trim: [], whole: [], stream: [], filter: [] };
  for (let r = 0; r < rounds; r++) {
    results.split!.push(measure(() => text.split('\n')));
    results.trim!.push(
      measure(() => {
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trim();
        return lines;
      }),
    );
    results.whole!.push(
      measure((tick) => {
        const out = parsers.verifier80(text);
        tick();
        if (isMultiResult(out) || out.blocks.length !== entries) throw new Error('bench: unexpected result');
        return out;
      }),
    );
    results.stream!.push(
      measure((tick) => {
        const s = new VerifierLogStream();
        const chunk = 64 * 1024;
        for (let i = 0; i < text.length; i += chunk) {
          s.push(text.slice(i, i + chunk));
          if ((i / chunk) % 16 === 0) tick();
        }
        s.end();
        const out = s.result();
        if (out.blocks.length !== entries) throw new Error('bench: unexpected stream result');
        return out;
      }),
    );
    results.filter!.push(
      measure((tick) => {
        const s = new VerifierLogStream({ keepBlocks: false, filter: (b) => b.address === '0xfffffa8005400000' });
        const chunk = 64 * 1024;
        for (let i = 0; i < text.length; i += chunk) {
          s.push(text.slice(i, i + chunk));
          if ((i / chunk) % 16 === 0) tick();
        }
        s.end();
        return s.blocksSeen;
      }),
    );
  }

  const load1 = loadavg();
  const rows: [string, string][] = [
    ['split', 'baseline: text.split("\\n") only'],
    ['trim', 'baseline 2: text.split("\\n"), then trim() each line'],
    ['whole', 'parsers.verifier80(text): whole text, all blocks kept'],
    ['stream', 'VerifierLogStream, 64 KB chunks, all blocks kept'],
    ['filter', 'VerifierLogStream, 64 KB chunks, filter by address, no blocks kept'],
  ];
  process.stdout.write('| mode | median ms | MB/s | x split (quartiles) | x split+trim | RSS before MB | peak RSS MB | peak heap MB |\n|---|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const [key, label] of rows) {
    const ss = results[key]!;
    const ms = median(ss.map((s) => s.ms));
    const perRound = (baseline: string): number[] => ss.map((s, r) => s.ms / results[baseline]![r]!.ms);
    const [q1, ratio, q3] = quartiles(perRound('split'));
    const ratioTrim = median(perRound('trim'));
    const rss = Math.max(...ss.map((s) => s.peakRssMb));
    const before = Math.min(...ss.map((s) => s.startRssMb));
    const heap = Math.max(...ss.map((s) => s.peakHeapMb));
    process.stdout.write(
      `| ${label} | ${ms.toFixed(0)} | ${(sizeMb / (ms / 1000)).toFixed(1)} | ${ratio.toFixed(2)} (${q1.toFixed(2)}-${q3.toFixed(2)}) | ${ratioTrim.toFixed(2)} | ${before.toFixed(0)} | ${rss.toFixed(0)} | ${heap.toFixed(0)} |\n`,
    );
  }
  const fmt = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(`load average before: ${fmt(load0)}; after: ${fmt(load1)} (${rounds} rounds; ratios per round, then the median)\n`);
  process.stdout.write(`node ${process.version}, ${process.platform} ${process.arch}; gc between modes: ${typeof collect === 'function'}\n`);
}
