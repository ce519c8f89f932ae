// `npm run bench -- flood`: 1 GB of kd-like output through the core service, as one
// command, over a real pipe from a fake kd (test/bench/floodingKd.mjs, a child process).
// A UI that keeps up acknowledges the console stream. Measured: the core process's RSS
// sampled while the flood runs, against a baseline measured in the same process after a
// 1 MB command (ratio and MB); and that nothing is lost: the console characters
// received (CR of CRLF not counted) and the command's spilled output on disk hold every
// byte the fake printed. With BENCH_FLOOD_PAGE_MB set, a second phase streams that many MB
// through the browser-mode server into the real page in Chromium (typed in its console) and
// samples the page's JS heap over CDP (Runtime.getHeapUsage) against the heap after connecting.
// Environment: BENCH_FLOOD_MB (default 1024), BENCH_FLOOD_PAGE_MB (default 0: page not measured).
import { statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createCoreService } from '../../electron/service/coreService';

const FLOOD_BYTES = Number(process.env.BENCH_FLOOD_MB ?? 1024) * 1024 * 1024;
const PAGE_BYTES = Number(process.env.BENCH_FLOOD_PAGE_MB ?? 0) * 1024 * 1024;
const fakeKd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floodingKd.mjs');
const mb = (bytes: number) => Math.round(bytes / 1048576);

export async function run(): Promise<void> {
  if (FLOOD_BYTES > 0) await throughCore();
  if (PAGE_BYTES > 0) await throughPage();
  else process.stdout.write('flood: browser-mode page heap not measured (set BENCH_FLOOD_PAGE_MB)\n');
}

/** The real page in Chromium, fed by the browser-mode server: its JS heap while the flood streams in. */
async function throughPage(): Promise<void> {
  // Loaded only for this phase: playwright-core and the serve harness are not the core's memory
  // (imported at the top they added ~60 MB to the core RSS measured below).
  const { ensureRendererBuilt, launchChromium, startServe } = await import('../e2e/serveHarness');
  ensureRendererBuilt();
  const serve = await startServe();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })).newPage();
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    let chars = 0;
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString('utf8');
        if (!text.includes('"console.output"')) return;
        const data = (JSON.parse(text) as { payload: { data: string } }).payload.data;
        // CR of CRLF not counted: the fake printed LF only.
        chars += data.length - (data.match(/\r/g)?.length ?? 0);
      }),
    );
    await page.goto(serve.url);
    const panel = page.getByRole('region', { name: 'Investigation' });
    await panel.getByRole('radio', { name: 'Local debugger' }).check();
    await panel.getByRole('combobox', { name: 'Debugger', exact: true }).selectOption('custom');
    await panel.getByRole('textbox', { name: 'Debugger command line' }).fill(`"${process.execPath}" "${fakeKd}"`);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await panel.locator('[role="status"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const baseline = await heap();
    await page.locator('.console-host').click();
    const started = Date.now();
    chars = 0;
    await page.keyboard.type(`!flood ${PAGE_BYTES}`);
    await page.keyboard.press('Enter');
    const samples: { mbIn: number; heap: number }[] = [];
    while (chars < PAGE_BYTES && Date.now() - started < 30 * 60_000) {
      await page.waitForTimeout(2000);
      samples.push({ mbIn: mb(chars), heap: await heap() });
    }
    await panel.locator('[role="status"][data-state="ready"]').waitFor({ timeout: 120_000 });
    samples.push({ mbIn: mb(chars), heap: await heap() });
    const seconds = (Date.now() - started) / 1000;
    const peak = Math.max(...samples.map((x) => x.heap));
    const step = Math.max(1, Math.floor(samples.length / 8));
    process.stdout.write(
      [
        `flood, browser-mode page: ${mb(PAGE_BYTES)} MB typed in the console (fake kd, real serve, Chromium)`,
        `  time ${seconds.toFixed(1)} s, page received ${chars} console characters (flood ${PAGE_BYTES}; lost ${Math.max(0, PAGE_BYTES - chars)})`,
        `  page JS heap after connecting ${mb(baseline)} MB, peak ${mb(peak)} MB (x${(peak / baseline).toFixed(2)}), last ${mb(samples.at(-1)!.heap)} MB`,
        `  heap along the way (MB in: heap MB): ${samples.filter((_, i) => i % step === 0).map((x) => `${x.mbIn}:${mb(x.heap)}`).join(', ')}`,
      ].join('\n') + '\n',
    );
    await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
  } finally {
    await browser.close();
    await serve.stop();
  }
}

async function throughCore(): Promise<void> {
  const core = createCoreService({ commandTimeoutMs: 0 });
  let consoleChars = 0;
  let carriageReturns = 0;
  core.onEvent((event, payload) => {
    if (event !== 'console.output') return;
    const data = (payload as { data: string }).data;
    consoleChars += data.length;
    for (let at = data.indexOf('\r'); at >= 0; at = data.indexOf('\r', at + 1)) carriageReturns++;
    void core.handlers['console.ack']({ chars: data.length });
  });
  try {
    await core.handlers['session.connect']({ target: { kind: 'local', argv: [process.execPath, fakeKd] } });
    const session = core.session!;

    // Baseline: the same core after a 1 MB command.
    const small = await session.execute('!flood 1048576');
    if (small.output.length !== 1048576 || small.spilled) throw new Error('the 1 MB baseline command did not come back whole in memory');
    while (core.consoleFlow.heldChars > 0 || core.consoleFlow.unacknowledgedChars > 0) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    const baselineMemory = process.memoryUsage();
    const baselineRss = baselineMemory.rss;
    const consoleBefore = consoleChars - carriageReturns;

    const samples: { at: number; rss: number; heap: number; heapTotal: number; external: number; consoleMb: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      samples.push({ at: Date.now() - started, rss: m.rss, heap: m.heapUsed, heapTotal: m.heapTotal, external: m.external, consoleMb: mb(consoleChars - carriageReturns - consoleBefore) });
    }, 250);
    const result = await session.execute(`!flood ${FLOOD_BYTES}`);
    const seconds = (Date.now() - started) / 1000;
    // The console events trail the command's answer by what the outbox still holds.
    while (core.consoleFlow.heldChars > 0 || core.consoleFlow.unacknowledgedChars > 0) await new Promise((r) => setTimeout(r, 50));
    clearInterval(sampler);

    const spilledChars = result.spilled?.length ?? result.output.length;
    const spilledBytes = result.spilled?.spillPath ? statSync(result.spilled.spillPath).size : null;
    // The prompt and the echoed command line come through the console too; the flood is the rest.
    const consoleFlood = consoleChars - carriageReturns - consoleBefore;
    const peak = samples.reduce((a, s) => (s.rss > a.rss ? s : a), samples[0]!);
    const peakHeap = Math.max(...samples.map((s) => s.heap));
    const lastQuarter = samples.slice(Math.floor(samples.length * 0.75));
    const firstQuarter = samples.slice(0, Math.max(1, Math.floor(samples.length * 0.25)));
    const avg = (xs: typeof samples) => xs.reduce((a, s) => a + s.rss, 0) / xs.length;

    const lines = [
      `flood: ${mb(FLOOD_BYTES)} MB of kd-like output as one command, fake kd over a real pipe, UI acknowledging`,
      `  time ${seconds.toFixed(1)} s (${(mb(FLOOD_BYTES) / seconds).toFixed(1)} MB/s), ${samples.length} RSS samples`,
      `  core RSS baseline (after a 1 MB command): ${mb(baselineRss)} MB (heap used ${mb(baselineMemory.heapUsed)} of ${mb(baselineMemory.heapTotal)} MB, external ${mb(baselineMemory.external)} MB, array buffers ${mb(baselineMemory.arrayBuffers)} MB)`,
      `  core RSS peak: ${mb(peak.rss)} MB at ${peak.consoleMb} MB received (x${(peak.rss / baselineRss).toFixed(2)} of baseline); JS heap peak ${mb(peakHeap)} MB`,
      `  at the RSS peak: heap used ${mb(peak.heap)} MB of ${mb(peak.heapTotal)} MB reserved, external (Buffers) ${mb(peak.external)} MB; external peak ${mb(Math.max(...samples.map((s) => s.external)))} MB`,
      `  core RSS mean, first quarter ${mb(avg(firstQuarter))} MB, last quarter ${mb(avg(lastQuarter))} MB (x${(avg(lastQuarter) / avg(firstQuarter)).toFixed(2)})`,
      `  RSS every ~128 MB received: ${everyStep(samples, 128).join(', ')}`,
      `  console received ${consoleFlood} chars (flood ${FLOOD_BYTES} + prompt/echo ${consoleFlood - FLOOD_BYTES})`,
      `  command output ${spilledChars} chars, ${result.spilled ? `spilled to disk (${spilledBytes} bytes), ${result.output.length} chars in memory` : 'in memory'}`,
      `  lost: console ${FLOOD_BYTES + 1 > consoleFlood ? FLOOD_BYTES - consoleFlood : 0}, command output ${FLOOD_BYTES - spilledChars}`,
      `  transcript entries ${core.transcript.length}, largest ${Math.max(...core.transcript.map((e) => e.text.length))} chars`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    if (spilledChars !== FLOOD_BYTES) throw new Error(`command output lost ${FLOOD_BYTES - spilledChars} characters`);
    if (consoleFlood < FLOOD_BYTES) throw new Error(`console lost ${FLOOD_BYTES - consoleFlood} characters`);
  } finally {
    await core.dispose();
  }
}

/** RSS (MB) at the first sample after each `stepMb` of console received. */
function everyStep(samples: { rss: number; consoleMb: number }[], stepMb: number): string[] {
  const out: string[] = [];
  let next = 0;
  for (const s of samples) {
    if (s.consoleMb >= next) {
      out.push(`${s.consoleMb}:${mb(s.rss)}`);
      next = s.consoleMb + stepMb;
    }
  }
  return out;
}
