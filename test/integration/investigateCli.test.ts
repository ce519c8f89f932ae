// `poolsleuth investigate` end to end: a real CLI process against kdsim (--demo) and
// over recorded logs (--transcript); JSON on stdout, reports on disk, exit codes.
// Real processes on a shared machine: generous timeouts, no timed assertions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../electron/service/nodeEntryPoints';
import { runCli } from './cliProcess';

const dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  return runCli(['investigate', ...args]);
}

describe('poolsleuth investigate', () => {
  it('--demo mydriver-x86 --json prints the findings and reports progress on stderr', async () => {
    const { code, stdout, stderr } = await cli(['--demo', 'mydriver-x86', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.playbook).toBe('leak-at-unload');
    expect(report.bugcheck).toMatchObject({ code: '0xc4', args: ['0x62', '0x9707712c', '0x9c1faf70', '0x3'] });
    expect(report.driver).toBe('MyDriver.sys');
    expect(report.leak).toMatchObject({ allocations: 3, bytes: 0x1058, nonPagedBytes: 0x1058, pagedBytes: 0 });
    expect(report.sites).toHaveLength(3);
    const vmdl = report.sites.find((s: { tag: string }) => s.tag === 'VMdl');
    expect(vmdl).toMatchObject({ allocations: 1, bytes: 0x20, caller: '0x9a3bf6ac', symbol: 'MyDriver!DeviceControlDispatch+0x4c', line: 50 });
    expect(vmdl.file).toMatch(/handleioctl\.c$/);
    expect(vmdl.stacks[0].frames[3]).toEqual({ address: '0x9a3bf6ac', symbol: 'MyDriver!DeviceControlDispatch+0x4c' });
    expect(report.steps.map((s: { id: string }) => s.id)).toContain('allocation-stacks');
    const verifier = report.steps.find((s: { id: string }) => s.id === 'verifier-pool');
    // `!verifier` (which other drivers hold pool) rides in the same round trip.
    expect(verifier).toMatchObject({ status: 'done', roundTrips: 1, commands: [{ command: '!verifier 3 MyDriver.sys' }, { command: '!verifier' }] });
    expect(report.conclusion).toMatchObject({ verdict: 'found', next: null });
    expect(report.conclusion.suspects).toHaveLength(3);
    expect(verifier.commands[0].output).toContain('Pool Allocations:');
    expect(Array.isArray(report.warnings)).toBe(true);
    expect(stderr).toMatch(/Leak at driver unload/);
    expect(stderr).toMatch(/VMdl at handleioctl\.c:50/);
    // Every step of the playbook is numbered once, in order; the one the triage ran says so.
    expect(stderr).toContain('  Analyze the bug check …');
    expect(stderr).toContain('[2/10] Analyze the bug check — done in the triage above');
    const numbered = [...stderr.matchAll(/^\[(\d+)\/10\] /gm)].map((m) => Number(m[1]));
    expect([...new Set(numbered)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stderr).not.toContain('[?/');
  }, 180_000);

  it('--demo myfault-x64 --json (Automatic): bug check D1, but verifier pool tracking on myfault.sys chooses leak at unload', async () => {
    const { code, stdout } = await cli(['--demo', 'myfault-x64', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.bugcheck).toMatchObject({ code: '0xd1', name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL' });
    expect(report.playbook).toBe('leak-at-unload');
    expect(report.driver).toBe('myfault.sys');
    expect(report.sites).toHaveLength(1);
    expect(report.sites[0]).toMatchObject({ tag: 'Leak', allocations: 10, bytes: 0x9ce000, symbol: 'myfault!MyfaultDeviceControl+0x358' });
    expect(report.leak).toMatchObject({ allocations: 10, bytes: 0x9ce000 });
    const check = report.steps.find((s: { id: string }) => s.id === 'verifier-check');
    expect(check).toMatchObject({ status: 'done', commands: [{ command: '!verifier' }] });
  }, 180_000);

  it('--report writes Markdown and self-contained HTML', async () => {
    const md = path.join(dir, 'out.md');
    const html = path.join(dir, 'out.html');
    expect((await cli(['--demo', 'mydriver-x86', '--report', md])).code).toBe(0);
    expect((await cli(['--demo', 'mydriver-x86', '--report', html])).code).toBe(0);
    const mdText = readFileSync(md, 'utf8');
    expect(mdText).toContain('## Allocation sites');
    expect(mdText).toContain('`d:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)`');
    expect(mdText).toContain('IoAllocateMdl → IoFreeMdl');
    const htmlText = readFileSync(html, 'utf8');
    expect(htmlText).toMatch(/^<!DOCTYPE html>/);
    expect(htmlText).toContain('<table aria-label="Allocation sites">');
    expect(htmlText).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(htmlText).toContain('handleioctl.c(72)');
  }, 180_000);

  it('--transcript runs the same playbook over a pasted console (seed 003, re-flowed by a blog)', async () => {
    const { code, stdout, stderr } = await cli(['--transcript', path.join(repoRoot, 'test/fixtures/parsers/seed003-article-reflowed.txt'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.target.offline).toBe(true);
    expect(report.driver).toBe('myfault.sys');
    expect(report.sites).toHaveLength(1);
    expect(report.sites[0]).toMatchObject({ tag: 'Leak', allocations: 10, bytes: 0x9ce000 });
    expect(report.sites[0].stacks[0].frames[2]).toEqual({ address: '0xfffff8800447d634', symbol: 'myfault!MyfaultDeviceControl+0x358' });
    expect(report.steps.find((s: { id: string }) => s.id === 'analyze').status).toBe('skipped');
    expect(report.warnings.join('\n')).toMatch(/No data in the recorded log/);
    expect(stderr).toMatch(/not in the recorded log/);
    // The triage's verifier check is adopted; the analyze it could not read is tried again in its place.
    expect(stderr).toContain('[3/11] Check Driver Verifier pool tracking — done in the triage above');
    expect(stderr).toMatch(/^\[2\/11\] Analyze the bug check …$/m);
  }, 180_000);

  it('exits 2 on usage errors and 1 when the target cannot start', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--demo', '--playbook', 'nope'])).code).toBe(2);
    expect((await cli(['--demo', 'mydriver-x86', '--report', 'out.pdf'])).code).toBe(2);
    expect((await cli(['--demo', '--driver', 'evil.sys;.shell calc'])).code).toBe(2);
    const missing = await cli(['--debugger', 'no-such-debugger-xyz -z C:\\dumps\\MEMORY.DMP']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/The debugger did not start \(no-such-debugger-xyz -z C:\\dumps\\MEMORY\.DMP\): Debugger not found/);
    expect(missing.stderr).not.toContain('..');
  }, 180_000);
});
