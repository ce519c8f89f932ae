import { describe, expect, it } from 'vitest';
import { encodingFromCodePage } from '../../../electron/debugger/debuggerEncoding';
import { classifyDebuggerLine } from '../../../electron/debugger/debuggerSignals';

describe('classifyDebuggerLine', () => {
  it('recognises progress, live-target states, a new banner and a bug check', () => {
    expect(classifyDebuggerLine('.'.repeat(81))).toEqual({ kind: 'progress', text: '.'.repeat(81) });
    expect(classifyDebuggerLine('Loading Kernel Symbols\r')).toEqual({ kind: 'progress', text: 'Loading Kernel Symbols' });
    expect(classifyDebuggerLine('Parsed entry 0x4000/0x10000...')).toMatchObject({ kind: 'progress' });
    expect(classifyDebuggerLine('Parsing 0x10000 log entries, searching for address 0x982a8fe0.')).toMatchObject({ kind: 'progress' });
    expect(classifyDebuggerLine('Debuggee is running...')).toEqual({ kind: 'debuggee-running' });
    expect(classifyDebuggerLine('   *BUSY*')).toEqual({ kind: 'busy' });
    expect(classifyDebuggerLine('Waiting to reconnect...')).toEqual({ kind: 'waiting-to-reconnect' });
    expect(classifyDebuggerLine('Shutdown occurred at (Wed Jun 18 14:02:31.512 2014 (UTC - 7:00))...unloading all symbol tables.')).toEqual({ kind: 'shutdown' });
    expect(classifyDebuggerLine('Connected to Windows 10 19041 x64 target at (Mon Jan  1 00:00:00.000 2024 (UTC + 0:00)), ptr64 TRUE')).toMatchObject({ kind: 'connected' });
    expect(classifyDebuggerLine('*** Fatal System Error: 0x000000c4')).toMatchObject({ kind: 'bug-check' });
  });

  it('leaves command output alone', () => {
    for (const line of ['kd> ', 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)+0x15', '0x8645a000  0x00001008  mdrv  0x9a3bf687', '..', 'Loading Kernel Symbols from x']) {
      expect(classifyDebuggerLine(line)).toBeNull();
    }
  });
});

describe('encodingFromCodePage', () => {
  it('maps Windows code pages and POSIX charmaps to the encodings we decode', () => {
    expect(encodingFromCodePage('936')).toBe('cp936');
    expect(encodingFromCodePage(932)).toBe('cp932');
    expect(encodingFromCodePage('949')).toBe('cp949');
    expect(encodingFromCodePage('1252')).toBe('cp1252');
    expect(encodingFromCodePage('65001')).toBe('utf-8');
    expect(encodingFromCodePage('UTF-8')).toBe('utf-8');
    expect(encodingFromCodePage('GB18030')).toBe('cp936');
    expect(encodingFromCodePage('SHIFT_JIS')).toBe('cp932');
    expect(encodingFromCodePage('ANSI_X3.4-1968')).toBe('utf-8');
    expect(encodingFromCodePage('850')).toBeNull();
  });
});
