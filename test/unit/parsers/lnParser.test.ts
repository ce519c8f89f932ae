import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { many, publicFixture, reflow, seedFixture, single } from './fixtureText';

describe('ln parser', () => {
  it('reads the three seed 000 ln commands (file(line)+disp, neighbours)', () => {
    const rs = many(parsers.ln(seedFixture('seed000-ln.txt')));
    expect(rs).toHaveLength(3);
    expect(rs[0]).toMatchObject({
      command: 'ln 0x9a3bf6ac',
      address: '0x9a3bf6ac',
      symbol: 'MyDriver!DeviceControlDispatch+0x4c',
      function: 'MyDriver!DeviceControlDispatch',
      offset: 0x4c,
      file: 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c',
      line: 50,
      lineDisplacement: 0x15,
      before: { symbol: 'MyDriver!DeviceControlDispatch+0x4c', address: '0x9a3bf660' },
      after: { symbol: 'MyDriver!DeviceControlDispatch', address: '0x9a3bf6d0' },
    });
    expect(rs[1]).toMatchObject({ address: '0x9a3bf687', line: 38, offset: 0x27 });
    expect(rs[2]).toMatchObject({ address: '0x9a3bf6ed', function: 'MyDriver!GetNecessaryObjects', line: 72, before: { address: '0x9a3bf6d0' } });
    expect(rs.every((r) => r.warnings.length === 0)).toBe(true);
  });

  it('parses bare output (no command line): the address is derived from the before side', () => {
    const text = 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(72)+0xa\n(9a3bf6d0)   MyDriver!GetNecessaryObjects+0x1d   |  (9a3bf71c)   MyDriver!GetNecessaryObjects\n';
    const r = single(parsers.ln(text));
    expect(r.command).toBeNull();
    expect(r.address).toBe('0x9a3bf6ed');
    expect(r.file).toBe('d:\\coding\\wdmdrivers\\mydriver\\handleioctl.c');
  });

  it('survives the blog re-flow and the whole seed articles', () => {
    const rs = many(parsers.ln(reflow(seedFixture('seed000-ln.txt'))));
    expect(rs.map((r) => r.line)).toEqual([50, 38, 72]);
    expect(many(parsers.ln(seedFixture('seed002-article-ja.txt'))).map((r) => r.line)).toEqual([50, 38, 72]);
  });

  it('reads "Exact matches:" and x86 output without line numbers (warns)', () => {
    const r = single(parsers.ln(publicFixture('ln-x86-exact-matches.txt')));
    expect(r).toMatchObject({ address: '0x8056f074', symbol: 'nt!NtQueryDirectoryFile', offset: 0, file: null, line: null });
    expect(r.exactMatches).toEqual(['nt!NtQueryDirectoryFile']);
    expect(r.after).toEqual({ symbol: 'nt!NtNotifyChangeDirectoryFile', address: '0x8056f0da' });
    expect(r.warnings.some((w) => /source line/.test(w))).toBe(true);
  });

  it('reads x64 backticked addresses, DML lines, and two ln among other commands', () => {
    const rs = many(parsers.ln(publicFixture('ln-x64-dml-exact-matches.txt')));
    expect(rs.map((r) => [r.address, r.symbol, r.after.address])).toEqual([
      ['0xfffff8002a492200', 'nt!KiSystemCall64', '0xfffff8002a492348'],
      ['0xfffff8002a491f40', 'nt!KiSystemCall32', '0xfffff8002a492080'],
    ]);
  });

  it('derives the address when the command is an expression', () => {
    const r = single(parsers.ln(publicFixture('ln-x64-expression.txt')));
    expect(r.command).toBe('ln (fffff800fc786640 + 000000000017ac30)');
    expect(r.address).toBe('0xfffff800fc901270');
  });

  it('reads the newer "[file @ line] (addr) sym | (addr) sym" form (synthetic layout)', () => {
    const r = single(parsers.ln('kd> ln fffff880`0447d634\n [d:\\src\\myfault\\myfault.c @ 312] (fffff880`0447d2dc)   myfault!MyfaultDeviceControl+0x358   |  (fffff880`0447d670)   myfault!MyfaultDispatch\n'));
    expect(r).toMatchObject({ address: '0xfffff8800447d634', file: 'd:\\src\\myfault\\myfault.c', line: 312, offset: 0x358, function: 'myfault!MyfaultDeviceControl' });
  });

  it('warns when nothing is found', () => {
    const r = single(parsers.ln('kd> ln 0\n'));
    expect(r.symbol).toBeNull();
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});
