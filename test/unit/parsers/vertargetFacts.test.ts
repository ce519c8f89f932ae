// What vertarget and the start-up banner say about the target, field by field (targetVersionLines.ts; sources in
// test/fixtures/public/*.source.txt). Each expectation is a fact read by hand from the text.
import { describe, expect, it } from 'vitest';
import { classifyCommand, parsers } from '../../../electron/parsers/index';
import { kernelVersionParts, uptimeSeconds } from '../../../electron/parsers/targetVersionLines';
import { crlf, publicFixture } from './fixtureText';

describe('vertarget: real outputs', () => {
  it('Windows 10 9926 x64 (MS docs, kernel-mode lab): every line', () => {
    const r = parsers.banner(publicFixture('msdocs-vertarget-win10-9926-x64.txt'));
    expect(r).toMatchObject({
      prompt: '0: kd>',
      kernelVersion: 'Windows 10 Kernel Version 9926 MP (4 procs) Free x64',
      kernelBuild: 9926,
      servicePack: null,
      multiprocessor: true,
      processorCount: 4,
      buildType: 'Free',
      architecture: 'x64',
      product: 'WinNt',
      suite: 'TerminalServer SingleUserTS',
      buildLab: '9926.0.amd64fre.fbl_awesome1501.150119-1648',
      machineName: null, // printed as ""
      kernelBase: '0xfffff8018d283000',
      psLoadedModuleList: '0xfffff8018d58aef0',
      debugSessionTime: 'Fri Feb 20 10:15:17.807 2015 (UTC - 8:00)',
      systemUptime: '0 days 01:31:58.931',
      systemUptimeSeconds: 5518.931,
      processUptime: null,
    });
    expect(r.warnings).toEqual([]); // vertarget prints no debugger version or target kind to miss
  });

  it('Windows XP 2505 UP x86 (MS docs, verifying symbols): a uniprocessor kernel is one processor; no product line; no milliseconds', () => {
    const r = parsers.banner(publicFixture('msdocs-vertarget-xp-up-x86.txt'));
    expect(r).toMatchObject({
      prompt: 'kd>',
      kernelBuild: 2505,
      multiprocessor: false,
      processorCount: 1,
      buildType: 'Free',
      architecture: 'x86',
      product: null,
      suite: null,
      buildLab: '2505.main.010626-1514',
      kernelBase: '0x804d0000',
      psLoadedModuleList: '0x80548748',
      debugSessionTime: 'Mon Jul 02 14:41:11 2001',
      systemUptime: '0 days 0:04:53', // the trailing space the page prints is not part of it
      systemUptimeSeconds: 293,
    });
    expect(r.warnings).toEqual([]);
  });

  it("MEX's !di on Windows 11 22621 (InsightEngineering, 0x19 article): the vertarget lines among its own", () => {
    const r = parsers.banner(publicFixture('vertarget-di-win11-22621-insightengineering.txt'));
    expect(r).toMatchObject({
      prompt: '0: kd>',
      kernelBuild: 22621,
      processorCount: 4,
      buildType: 'Free',
      architecture: 'x64',
      product: 'WinNt',
      suite: 'TerminalServer SingleUserTS',
      buildLab: '22621.1928.amd64fre.ni_release_svc_prod3.230622-0951',
      kernelBase: '0xfffff80211000000',
      psLoadedModuleList: '0xfffff80211c130e0',
      debugSessionTime: 'Thu Oct  5 10:31:56.588 2023 (UTC - 7:00)',
      systemUptime: '0 days 0:10:25.633',
      systemUptimeSeconds: 625.633,
    });
  });

  it('Windows 10 1809 (windows-driver-docs #1197, three lines): processors, build type, architecture, product, suite', () => {
    const r = parsers.banner(publicFixture('vertarget-win10-1809-x64-docs-issue.txt'));
    expect(r).toMatchObject({ kernelBuild: 17763, multiprocessor: true, processorCount: 4, buildType: 'Free', architecture: 'x64', product: 'WinNt', suite: 'TerminalServer SingleUserTS' });
    expect(r).toMatchObject({ psLoadedModuleList: null, debugSessionTime: null, systemUptime: null, systemUptimeSeconds: null });
  });

  it('the same through CRLF', () => {
    const r = parsers.banner(crlf(publicFixture('msdocs-vertarget-win10-9926-x64.txt')));
    expect(r).toMatchObject({ processorCount: 4, psLoadedModuleList: '0xfffff8018d58aef0', systemUptimeSeconds: 5518.931, suite: 'TerminalServer SingleUserTS' });
  });
});

describe('banners: the same lines at start-up', () => {
  it('kernel dump (3 processors), KD over COM on ARM64 (arm64), kdnet (16299), user dump (process uptime)', () => {
    expect(parsers.banner(publicFixture('banner-kernel-dump.txt'))).toMatchObject({ processorCount: 3, architecture: 'x64', psLoadedModuleList: '0xfffff8006322a230', systemUptimeSeconds: 54.755, debugSessionTime: 'Thu Oct  7 20:33:12.945 2021 (UTC + 9:00)' });
    expect(parsers.banner(publicFixture('arm64-kd-com-session-indented.txt'))).toMatchObject({ kernelBuild: 21337, processorCount: 4, architecture: 'arm64', psLoadedModuleList: '0xfffff8028ce2a860', systemUptimeSeconds: 195.337 });
    expect(parsers.banner(publicFixture('msdocs-kdnet-banner.txt'))).toMatchObject({ kernelBuild: 16299, psLoadedModuleList: '0xfffff80095774110', systemUptime: '0 days 0:00:20.534' });
    expect(parsers.banner(publicFixture('banner-user-dump.txt'))).toMatchObject({ kernelBuild: 10586, processorCount: 4, product: 'WinNt', suite: 'SingleUserTS', processUptime: '0 days 0:04:06.000', systemUptimeSeconds: 20386.399 });
  });

  it('a transcript carries them in its banner', () => {
    const t = parsers.transcript(`${publicFixture('msdocs-kdnet-banner.txt')}0: kd> lm\n`);
    expect(t.banner).toMatchObject({ processorCount: 4, buildType: 'Free', architecture: 'x64', product: 'WinNt' });
  });
});

describe('kernel version line and uptime (synthetic shapes)', () => {
  it.each([
    ['Windows 7 Kernel Version 7601 (Service Pack 1) MP (2 procs) Free x64', { kernelBuild: 7601, servicePack: 'Service Pack 1', multiprocessor: true, processorCount: 2, buildType: 'Free', architecture: 'x64' }],
    ['Windows XP Kernel Version 2600 (Service Pack 3) UP Checked x86 compatible', { kernelBuild: 2600, servicePack: 'Service Pack 3', multiprocessor: false, processorCount: 1, buildType: 'Checked', architecture: 'x86' }],
    ['Windows 10 Version 18363 UP Free x86 compatible', { kernelBuild: 18363, multiprocessor: false, processorCount: 1, architecture: 'x86' }],
    ['Windows 8 Kernel Version 9200 MP (1 procs) Free x64', { multiprocessor: true, processorCount: 1 }],
    ['Windows 10 Kernel Version 21337 MP (4 procs) Free ARM 64-bit (AArch64)', { architecture: 'arm64' }],
  ] as const)('%s', (line, parts) => {
    expect(kernelVersionParts(line)).toMatchObject(parts);
  });

  it('a line without these parts gives nulls, not guesses', () => {
    expect(kernelVersionParts('Windows 10 Kernel Version 19041')).toEqual({ kernelBuild: 19041, servicePack: null, multiprocessor: null, processorCount: null, buildType: null, architecture: null });
    expect(kernelVersionParts(null).kernelBuild).toBeNull();
  });

  it('uptime in seconds; "not available" stays as printed with null seconds', () => {
    expect(uptimeSeconds('3 days 23:43:07.653')).toBe(344587.653);
    expect(uptimeSeconds('1 day 0:00:00')).toBe(86400);
    expect(uptimeSeconds('0 days 0:00:00.5')).toBe(0.5);
    expect(uptimeSeconds('not available')).toBeNull();
    const r = parsers.banner('Windows 10 Kernel Version 19041 MP (8 procs) Free x64\nProduct: LanManNt, suite: Enterprise TerminalServer SingleUserTS\nMachine Name: DC01\nSystem Uptime: not available\n');
    expect(r).toMatchObject({ processorCount: 8, product: 'LanManNt', suite: 'Enterprise TerminalServer SingleUserTS', machineName: 'DC01', systemUptime: 'not available', systemUptimeSeconds: null });
  });
});

describe('vertarget in a session', () => {
  it('is read by the banner parser: classifyCommand gives "banner", a transcript parses its output', () => {
    expect(classifyCommand('vertarget')).toBe('banner');
    expect(classifyCommand('  vertarget ')).toBe('banner');
    expect(classifyCommand('vertargetx')).toBeNull();
    const t = parsers.transcript(`${publicFixture('msdocs-vertarget-win10-9926-x64.txt')}0: kd> lm\n`);
    expect(t.commands.map((c) => [c.command, c.kind])).toEqual([
      ['vertarget', 'banner'],
      ['lm', 'lm'],
    ]);
    expect(t.commands[0]!.result).toMatchObject({ kernelBuild: 9926, processorCount: 4, psLoadedModuleList: '0xfffff8018d58aef0', systemUptimeSeconds: 5518.931, warnings: [] });
  });
});

describe('a whole dump-opening banner (windows-driver-docs #1151, Windows 10 1809, 8 processors)', () => {
  it('reads every line a person reads: debugger, dump, paths, version parts, product, addresses, time, uptime of days', () => {
    const r = parsers.banner(publicFixture('banner-win10-1809-8procs-docs-issue.txt'));
    expect(r).toEqual({
      debuggerVersion: '10.0.18272.1001',
      debuggerArchitecture: 'AMD64',
      target: 'dump',
      dumpFile: 'C:\\WINDOWS\\MEMORY.DMP',
      dumpKind: 'Kernel Bitmap Dump',
      dumpComment: null,
      symbolSearchPath: 'srv*d:\\symbols*https://msdl.microsoft.com/download/symbols',
      executableSearchPath: null, // printed empty
      kernelVersion: 'Windows 10 Kernel Version 17763 MP (8 procs) Free x64',
      kernelBuild: 17763,
      servicePack: null,
      multiprocessor: true,
      processorCount: 8,
      buildType: 'Free',
      architecture: 'x64',
      product: 'WinNt',
      suite: 'TerminalServer SingleUserTS',
      buildLab: '17763.1.amd64fre.rs5_release.180914-1434',
      machineName: null,
      kernelBase: '0xfffff80253800000',
      psLoadedModuleList: '0xfffff80253c1f990',
      debugSessionTime: 'Tue Dec 18 10:39:02.334 2018 (UTC + 8:00)',
      systemUptime: '3 days 23:43:07.653',
      systemUptimeSeconds: 344587.653,
      processUptime: null,
      prompt: null,
      connectedTo: null,
      warnings: [],
    });
  });

  it('the symbol path of the other real banners', () => {
    expect(parsers.banner(publicFixture('banner-kernel-dump.txt'))).toMatchObject({ symbolSearchPath: 'srv*', executableSearchPath: null });
    expect(parsers.banner(publicFixture('banner-user-dump.txt')).symbolSearchPath).toBe('srv*');
  });
});
