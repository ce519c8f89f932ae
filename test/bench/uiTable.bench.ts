// `npm run bench -- uiTable`: first paint of the allocation sites table with 100,000
// rows in Debian's Chromium, against an empty table rendered the same way in the same
// page (the baseline). The real component (renderer/src/investigation) is bundled with
// esbuild into a bare page; synthetic sites are built before the clock starts, as the
// findings arrive before the table mounts in the app. Also: re-sorting 100,000 rows and
// jumping to the middle of the list. Reports numbers and ratios; it asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';
import { launchChromium, repoRoot } from '../e2e/serveHarness';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// The page: the real table, its CSS and strings; window.bench runs one measurement.
const entrySource = `
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { AllocationSitesTable } from ${JSON.stringify(path.join(repoRoot, 'renderer/src/investigation/findings/AllocationSitesTable.tsx'))};
import { invEn } from ${JSON.stringify(path.join(repoRoot, 'renderer/src/investigation/i18n/en.ts'))};
import appCss from ${JSON.stringify(path.join(repoRoot, 'renderer/src/styles.css'))};
import tableCss from ${JSON.stringify(path.join(repoRoot, 'renderer/src/investigation/investigation.css'))};

const style = document.createElement('style');
style.textContent = appCss + tableCss;
document.head.append(style);
i18next.use(initReactI18next).init({ resources: { en: { translation: { inv: invEn } } }, lng: 'en', initAsync: false, showSupportNotice: false });

const tags = ['VMdl', 'Vfwi', 'mdrv', 'Leak', 'Ctso', 'CtsP', 'FbRq', 'Irp '];
function sites(n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const tag = tags[i % tags.length].trim();
    const caller = '0x' + (0xfffff80134560000 + i * 16).toString(16);
    out[i] = {
      id: caller + ':' + tag, tag,
      meaning: { tag, origin: 'driver', allocator: 'ExAllocatePoolWithTag', release: 'ExFreePoolWithTag', description: '', fix: 'Free it.' },
      allocations: 1 + (i * 7) % 50, bytes: 16 + (i * 7919) % 100003, poolKind: 'nonpaged', nonPagedBytes: 16, pagedBytes: 0,
      caller, symbol: 'contoso!CtsoFunction' + (i % 977) + '+0x' + (i % 255).toString(16),
      file: 'c:\\\\src\\\\contoso\\\\file' + (i % 311) + '.c', line: 1 + (i % 2000),
      addresses: ['0x' + (0xffffb88f3c000000 + i * 64).toString(16)], stacks: [], allocationsWithoutStack: 0,
    };
  }
  return out;
}

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(); ch.port2.postMessage(0); }));

window.bench = async (n) => {
  const data = sites(n);
  const host = document.getElementById('host');
  await nextPaint();
  const root = createRoot(host);
  performance.mark('mount-start');
  const t0 = performance.now();
  flushSync(() => root.render(<div className="inv" style={{ width: '900px' }}><AllocationSitesTable sites={data} driverModule="contoso" /></div>));
  const committed = performance.now();
  await nextPaint();
  const painted = performance.now();
  const rows = host.querySelectorAll('[role="row"][data-site-index]').length;
  // Re-sort by Caller (text), then jump to the middle of the list.
  const t1 = performance.now();
  flushSync(() => host.querySelectorAll('[role="columnheader"] button')[3].click());
  await nextPaint();
  const sorted = performance.now() - t1;
  const body = host.querySelector('.inv-tbody');
  const t2 = performance.now();
  body.scrollTop = body.scrollHeight / 2;
  body.dispatchEvent(new Event('scroll'));
  await nextPaint();
  const scrolled = performance.now() - t2;
  const middle = host.querySelector('[role="row"][data-site-index]')?.getAttribute('aria-rowindex');
  root.unmount();
  return { commitMs: committed - t0, paintMs: painted - t0, rows, sortMs: sorted, scrollMs: scrolled, middleRowIndex: Number(middle) };
};
`;

interface Sample {
  commitMs: number;
  paintMs: number;
  rows: number;
  sortMs: number;
  scrollMs: number;
  middleRowIndex: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-uitable-'));
  try {
    const entry = path.join(dir, 'entry.tsx');
    writeFileSync(entry, entrySource);
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.css': 'text' },
      nodePaths: [path.join(repoRoot, 'node_modules')],
      logLevel: 'error',
    });
    const script = bundle.outputFiles[0]!.text;
    const browser = await launchChromium();
    try {
      const results: { empty: Sample[]; full: Sample[] } = { empty: [], full: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate the order so neither mode always runs on a warmer browser.
        for (const mode of round % 2 === 0 ? (['empty', 'full'] as const) : (['full', 'empty'] as const)) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
          await page.addScriptTag({ content: script });
          const sample = (await page.evaluate((n) => (globalThis as unknown as { bench(n: number): Promise<Sample> }).bench(n), mode === 'empty' ? 0 : ROWS)) as Sample;
          results[mode].push(sample);
          await page.close();
        }
      }
      const empty = median(results.empty.map((s) => s.paintMs));
      const full = median(results.full.map((s) => s.paintMs));
      const last = results.full[results.full.length - 1]!;
      process.stdout.write(
        [
          `uiTable benchmark: allocation sites table, ${ROWS.toLocaleString('en-US')} rows vs an empty table, ${ROUNDS} rounds each, Chromium ${browser.version()}, viewport 1280×800, table 900 px wide`,
          `  empty table   first paint (median): ${ms(empty)}   commit ${ms(median(results.empty.map((s) => s.commitMs)))}`,
          `  ${ROWS.toLocaleString('en-US')} rows  first paint (median): ${ms(full)}   commit ${ms(median(results.full.map((s) => s.commitMs)))}   range ${ms(Math.min(...results.full.map((s) => s.paintMs)))}–${ms(Math.max(...results.full.map((s) => s.paintMs)))}`,
          `  rows in the DOM: ${last.rows} of ${ROWS.toLocaleString('en-US')}; after jumping to the middle the first rendered row is aria-rowindex ${last.middleRowIndex}`,
          `  re-sort by Caller to next paint (median): ${ms(median(results.full.map((s) => s.sortMs)))}; scroll to the middle to next paint (median): ${ms(median(results.full.map((s) => s.scrollMs)))}`,
          `  ratio ${ROWS.toLocaleString('en-US')} rows / empty: ${(full / empty).toFixed(2)}x; target: first paint under 200 ms (${full < 200 ? 'met' : 'not met'})`,
          '',
        ].join('\n'),
      );
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
