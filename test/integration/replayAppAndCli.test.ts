// One replay for every shell: the same recording opened in the app (the core's
// `transcript.open` upload + `investigation.start`, through the dispatcher as the window
// and browser mode send them) and by the CLI (`investigate --transcript FILE --json`, a
// real process) gives the same report — findings, sites, step outcomes, conclusion —
// apart from timings. Recordings: our saved transcript (JSON lines), its `.logopen`-style
// export, and a pasted console from the seeds (re-flowed by a blog, commands missing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadTranscriptText } from '../../electron/contract';
import type { InvestigationReport } from '../../electron/investigation/reports/investigationReport';
import { dispatchRequest } from '../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../electron/service/coreService';
import { repoRoot } from '../../electron/service/nodeEntryPoints';
import { runCli } from './cliProcess';

const recordings = [
  'test/fixtures/transcripts/mydriver-x86-investigation.pstranscript',
  'test/fixtures/transcripts/mydriver-x86-investigation.log',
  'test/fixtures/parsers/seed003-article-reflowed.txt',
];

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

async function call<T>(method: string, params: unknown): Promise<T> {
  const outcome = await dispatchRequest(core!.handlers, method, params);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result as T;
}

const report = (json: string) => JSON.parse(json) as InvestigationReport;

/** The app: upload the file's text in the pieces the renderer sends (the contract's uploadTranscriptText), then run the automatic playbook and export the JSON report. */
async function appReport(file: string): Promise<InvestigationReport> {
  core = createCoreService();
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const name = path.basename(file);
  await uploadTranscriptText((piece) => call('transcript.open', piece), name, text);
  expect((await call<{ target: { offline: boolean } }>('session.getState', {})).target.offline).toBe(true);
  const { status } = await call<{ status: string }>('investigation.start', { playbook: null, driver: null });
  expect(status).toBe('finished');
  return report((await call<{ content: string }>('investigation.exportReport', { format: 'json' })).content);
}

/** Timings and the time of writing differ from run to run; everything else must not. */
function withoutTimings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimings);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'generatedAt' || k === 'durationMs' || k === 'startedAt' || k === 'finishedAt') continue;
      out[k] = withoutTimings(v);
    }
    return out;
  }
  return value;
}

describe('the app and the CLI replay a recording the same way', () => {
  for (const file of recordings) {
    it(path.basename(file), async () => {
      const app = await appReport(file);
      const cli = await runCli(['investigate', '--transcript', path.join(repoRoot, file), '--json']);
      expect(cli.code, cli.stderr).toBe(0);
      const fromCli = report(cli.stdout);
      expect(fromCli.target).toMatchObject({ offline: true });
      // Step by step first, for a readable failure; then the whole report.
      const outcomes = (r: InvestigationReport) => r.steps.map((s) => [s.id, s.status, s.reason, s.commands.map((c) => [c.command, c.recorded])]);
      expect(outcomes(fromCli)).toEqual(outcomes(app));
      expect(fromCli.findings).toEqual(app.findings);
      expect(withoutTimings(fromCli)).toEqual(withoutTimings(app));
    }, 120_000);
  }

  it('the recordings say what they hold: every step has data in our own transcript, the pasted console lacks some', async () => {
    const saved = await appReport(recordings[0]!);
    expect(saved.sites.map((s) => s.tag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    expect(saved.steps.filter((s) => /No data in the recorded log/.test(s.reason ?? ''))).toEqual([]);
    await core!.dispose();
    const pasted = await appReport(recordings[2]!);
    expect(pasted.sites).toHaveLength(1);
    const analyze = pasted.steps.find((s) => s.id === 'analyze')!;
    expect(analyze).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^No data in the recorded log \(!analyze -v\)/) });
    // Nothing was invented for the missing command: it is marked as not recorded, with no output.
    expect(analyze.commands).toEqual([expect.objectContaining({ command: '!analyze -v', recorded: false, output: '' })]);
  }, 120_000);
});

describe('investigate --transcript - (a pasted log on standard input)', () => {
  it('reads the log from standard input and gives the same findings as from the file', async () => {
    const file = recordings[2]!;
    const fromFile = await runCli(['investigate', '--transcript', path.join(repoRoot, file), '--json']);
    const fromStdin = await runCli(['investigate', '--transcript', '-', '--json'], { stdin: readFileSync(path.join(repoRoot, file), 'utf8') });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    const a = report(fromFile.stdout);
    const b = report(fromStdin.stdout);
    expect(b.target.description).toContain('standard input');
    expect(b.driver).toBe('myfault.sys');
    expect(b.findings).toEqual(a.findings);
    expect(b.sites).toEqual(a.sites);
    expect(b.steps.map((s) => [s.id, s.status])).toEqual(a.steps.map((s) => [s.id, s.status]));
  }, 120_000);

  it('a UTF-16LE .logopen log (WinDbg .logopen /u) reads like the UTF-8 one', async () => {
    const text = readFileSync(path.join(repoRoot, recordings[1]!), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const fromStdin = await runCli(['investigate', '--transcript', '-', '--json'], { stdin: utf16 });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(report(fromStdin.stdout).sites.map((s) => s.tag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
  }, 120_000);

  it('standard input without any debugger command is refused with exit 1 and the reason', async () => {
    const { code, stdout, stderr } = await runCli(['investigate', '--transcript', '-', '--json'], { stdin: 'just some notes, no prompt lines\n' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no debugger commands found/);
  }, 60_000);
});
