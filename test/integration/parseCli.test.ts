// Runs `poolsleuth parse` as a real child process (node --import tsx electron/cli/main.ts parse …).
import { describe, expect, it } from 'vitest';
import { runCli as runPoolsleuth } from './cliProcess';

function runCli(args: string[], stdin?: string) {
  return runPoolsleuth(args, { stdin });
}

describe('poolsleuth parse (child process)', () => {
  it('prints one JSON line per file, in order, and exits 0 with warnings', async () => {
    const r = await runCli(['parse', 'verifier3', 'test/fixtures/parsers/seed000-verifier3.txt', 'test/fixtures/parsers/seed003-verifier3.txt']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l));
    expect(a.drivers[0].name).toBe('MyDriver.sys');
    expect(a.drivers[0].allocations[0]).toEqual({ address: '0x982a8fe0', size: 32, tag: 'VMdl', caller: '0x9a3bf6ac', callerSymbol: 'MyDriver!DeviceControlDispatch' });
    expect(b.drivers[0].allocations).toHaveLength(10);
    const w = await runCli(['parse', 'analyze', 'test/fixtures/parsers/seed000-analyze.txt']);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout).warnings.length).toBeGreaterThan(0);
  });

  it('reads standard input for "-" and gives {results} for several commands', async () => {
    const text = 'kd> ln 0x9a3bf6ac\r\nd:\\x\\a.c(50)+0x15\r\n(9a3bf660)   MyDriver!F+0x4c   |  (9a3bf6d0)   MyDriver!G\r\nkd> ln 0x9a3bf6d0\r\n(9a3bf6d0)   MyDriver!G   |  (9a3bf71c)   MyDriver!H\r\n';
    const r = await runCli(['parse', 'ln', '-'], text);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { address: string }) => x.address)).toEqual(['0x9a3bf6ac', '0x9a3bf6d0']);
    expect(out.results[0].line).toBe(50);
  });

  it('exits 2 with a usage message for an unknown or missing kind', async () => {
    const r = await runCli(['parse', 'nonsense', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown kind 'nonsense'/);
    expect(r.stderr).toMatch(/usage: poolsleuth parse/);
    const m = await runCli(['parse']);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/usage/);
  });

  it('names a missing file on stderr, exits 1, and still prints the other results', async () => {
    const r = await runCli(['parse', 'vm', 'no/such/file.txt', 'test/fixtures/public/msdocs-vm.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt/);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).nonPagedUsageKb).toBe(3508);
  });
});
