// `npm run bench -- consoleStream`: streams a huge debugger output into the
// console in Chromium through the real `serve` + kdsim (`!verifier 0x80` over a
// full 0x10000-entry log, repeated: ~1.4 million lines, ~74 MB) and measures
// the longest main-thread task (PerformanceObserver 'longtask') and bytes/s.
// Baseline, in the same browser and origin: a page without the UI that reads
// the same stream over the same WebSocket and acknowledges it at once — the
// transport and core alone; the difference is what rendering costs.
// Environment: BENCH_REPEAT (default 2), BENCH_LOG (default 65536).
import process from 'node:process';
import type { Page } from 'playwright-core';
import { launchChromium, startServe, ensureRendererBuilt } from '../e2e/serveHarness';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 2);
const LOG = Number(process.env.BENCH_LOG ?? 65536);
const kdsimArgs = ['--import', 'tsx', 'electron/cli/main.ts', 'kdsim', '--generate', `allocations=1000,log=${LOG}`];
const commandLine = '!verifier 0x80';
const timeoutMs = 20 * 60_000;

interface Measured {
  seconds: number;
  chars: number;
  lines: number;
  longestTaskMs: number;
  tasksOver50: number;
  tasksOver100: number;
  heapMb: number | null;
}

/** Records long tasks from the very start of every document in the page. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Runs in the page (no DOM types in this project's Node tsconfig).
    const w = globalThis as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' as never, buffered: true });
  });
}

async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}

async function heapMb(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? Math.round(memory.usedJSHeapSize / 1048576) : null;
  });
}

function summarise(tasks: number[], seconds: number, chars: number, lines: number, heap: number | null): Measured {
  return {
    seconds,
    chars,
    lines,
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    tasksOver50: tasks.filter((t) => t > 50).length,
    tasksOver100: tasks.filter((t) => t > 100).length,
    heapMb: heap,
  };
}

/** The stream read by a bare WebSocket client on the same origin: no UI, every chunk acknowledged at once. */
async function baseline(page: Page, url: string): Promise<Measured> {
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token')!;
  await page.goto(`${origin}/bench-baseline-404?token=${token}`);
  await page.waitForTimeout(1000);
  await takeLongTasks(page);
  // A string, not a closure: the TypeScript loader would add helpers the page does not have.
  const args = JSON.stringify({ token, argv: [process.execPath, ...kdsimArgs], commandLine, timeoutMs, REPEAT });
  const result = (await page.evaluate(`(async ({ token, argv, commandLine, timeoutMs, REPEAT }) => {
      const ws = new WebSocket(\`ws://\${location.host}/ws?token=\${token}\`);
      await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)));
      let id = 0;
      const pending = new Map();
      let chars = 0;
      let lines = 0;
      ws.onmessage = (ev) => {
        const m = JSON.parse(ev.data);
        if (m.type === 'response') pending.get(m.id)?.(m);
        else if (m.event === 'console.output') {
          const data = m.payload.data;
          chars += data.length;
          for (let i = data.indexOf('\\n'); i >= 0; i = data.indexOf('\\n', i + 1)) lines++;
          ws.send(JSON.stringify({ type: 'request', id: ++id, method: 'console.ack', params: { chars: data.length } }));
        }
      };
      const call = (method, params) =>
        new Promise((resolve, reject) => {
          const n = ++id;
          pending.set(n, (m) => (m.ok ? resolve(m.result) : reject(new Error(m.error?.message))));
          ws.send(JSON.stringify({ type: 'request', id: n, method, params }));
        });
      await call('console.attach', {});
      await call('session.connect', { target: { kind: 'local', argv } });
      chars = 0;
      lines = 0;
      const started = performance.now();
      for (let i = 0; i < REPEAT; i++) await Promise.race([call('session.sendLine', { line: commandLine }), new Promise((_, r) => setTimeout(() => r(new Error('timeout')), timeoutMs))]);
      // The response can overtake the last console events: wait for the stream to go quiet.
      let last = chars;
      for (;;) {
        await new Promise((r) => setTimeout(r, 300));
        if (chars === last) break;
        last = chars;
      }
      const seconds = (performance.now() - started - 300) / 1000;
      await call('session.disconnect', {});
      ws.close();
      return { seconds, chars, lines };
    })(${args})`)) as { seconds: number; chars: number; lines: number };
  return summarise(await takeLongTasks(page), result.seconds, result.chars, result.lines, await heapMb(page));
}

/** The real UI: connect through the form, type the command, wait until the whole output has arrived. */
async function throughUi(page: Page, url: string, expectedChars: number): Promise<Measured> {
  let chars = 0;
  let lines = 0;
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('utf8');
      if (!text.includes('"console.output"')) return;
      const data = (JSON.parse(text) as { payload: { data: string } }).payload.data;
      chars += data.length;
      for (let i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) lines++;
    }),
  );
  await page.goto(url + (process.env.BENCH_URL_SUFFIX ?? ''));
  const panel = page.getByRole('region', { name: 'Investigation' });
  await panel.getByRole('radio', { name: 'Local debugger' }).check();
  await panel.getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('custom');
  await panel.getByRole('textbox', { name: 'Debugger command line' }).fill([process.execPath, ...kdsimArgs].map((a) => `"${a}"`).join(' '));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await panel.locator('[role="status"][data-state="ready"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await takeLongTasks(page);
  chars = 0;
  lines = 0;
  await page.locator('.console-host').click();
  const started = Date.now();
  // Typed one after the other: the core queues them like any user commands.
  for (let i = 0; i < REPEAT; i++) {
    await page.keyboard.type(commandLine);
    await page.keyboard.press('Enter');
  }
  await panel.locator('[role="status"][data-state="busy"]').waitFor({ timeout: 30_000 });
  // The core is ready long before the console has it all (flow control paces the
  // stream by what xterm has drawn): wait for the baseline's character count, the
  // same deterministic output.
  // (kdsim can be silent for seconds before a queued command's output starts, so only
  // 20 s of silence with the session ready ends the wait early.)
  const deadline = Date.now() + timeoutMs;
  let lastChange = Date.now();
  let last = -1;
  let lastArrival = started;
  while (chars < expectedChars && Date.now() < deadline) {
    await page.waitForTimeout(50);
    if (chars !== last) {
      last = chars;
      lastChange = lastArrival = Date.now();
    } else if (Date.now() - lastChange > 20_000 && (await panel.locator('[role="status"][data-state="ready"]').count()) > 0) break;
  }
  const seconds = ((chars >= expectedChars ? Date.now() : lastArrival) - started) / 1000;
  process.stdout.write(`  UI received ${chars} of ${expectedChars} characters\n`);
  await panel.locator('[role="status"][data-state="ready"]').waitFor({ timeout: 60_000 });
  const measured = summarise(await takeLongTasks(page), seconds, chars, lines, await heapMb(page));
  // Still responsive: the page answers an evaluate at once.
  const probe = Date.now();
  await page.evaluate(() => 1);
  process.stdout.write(`  page answered ${Date.now() - probe} ms after the stream\n`);
  await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
  return measured;
}

function row(name: string, m: Measured): string {
  const mb = m.chars / 1048576;
  return `| ${name} | ${m.lines.toLocaleString('en')} | ${mb.toFixed(1)} | ${m.seconds.toFixed(1)} | ${(mb / m.seconds).toFixed(2)} | ${m.longestTaskMs} | ${m.tasksOver50} | ${m.tasksOver100} | ${m.heapMb ?? 'n/a'} |`;
}

export async function run(): Promise<void> {
  ensureRendererBuilt();
  const serve = await startServe();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await observeLongTasks(page);
    process.stdout.write(`consoleStream: '${commandLine}' × ${REPEAT} on kdsim --generate allocations=1000,log=${LOG}\n`);
    const base = await baseline(page, serve.url);
    process.stdout.write(`  baseline done in ${base.seconds.toFixed(1)} s\n`);
    const ui = await throughUi(page, serve.url, base.chars);
    const renderer = await page.locator('.console-host').getAttribute('data-renderer');
    process.stdout.write(
      [
        '',
        '| run | lines | MB | seconds | MB/s | longest task ms | tasks > 50 ms | tasks > 100 ms | JS heap MB after |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
        row('baseline: WebSocket client, no UI, acks at once', base),
        row(`PoolSleuth console (xterm, ${renderer} renderer, scrollback 100,000)`, ui),
        '',
        `UI / baseline throughput: ${((ui.chars / ui.seconds) / (base.chars / base.seconds)).toFixed(2)}; target: no task over 100 ms -> ${ui.tasksOver100 === 0 ? 'met' : 'NOT met'}`,
        '',
      ].join('\n'),
    );
    await context.close();
  } finally {
    await browser.close();
    await serve.stop();
  }
}
