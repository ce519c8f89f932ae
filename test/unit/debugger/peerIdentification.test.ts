// Who is on the other end: kd/cdb banners and prompts make a debugger; echoes and other
// text do not. And what a program that failed to start said about why.
import { describe, expect, it } from 'vitest';
import { firstPrintedLines, looksLikeDebugger, refusePeer } from '../../../electron/debugger/peerIdentification';
import { telltaleStderr } from '../../../electron/debugger/stderrTelltale';

describe('peer identification', () => {
  it('a kd banner, a cdb banner or a kd/cdb prompt is a debugger', () => {
    expect(looksLikeDebugger('\nMicrosoft (R) Windows Debugger Version 10.0.22621.2428 AMD64\nCopyright (c) Microsoft Corporation.', null)).toBe(true);
    expect(looksLikeDebugger('Loading Dump File [C:\\Windows\\MEMORY.DMP]', null)).toBe(true);
    expect(looksLikeDebugger('', '0: kd> ')).toBe(true);
    expect(looksLikeDebugger('', 'lkd> ')).toBe(true);
    expect(looksLikeDebugger('', '0:000> ')).toBe(true);
  });

  it('an echo of our start-up command, or other text, is not', () => {
    expect(looksLikeDebugger('.echo ', null)).toBe(false);
    expect(looksLikeDebugger('hello\nworld', null)).toBe(false);
    expect(looksLikeDebugger('Windows Debugger was great', 'bash$ ')).toBe(false);
  });

  it('the refusal names the program and its first lines (our .echo left out)', () => {
    expect(firstPrintedLines('\n.echo ps_1234\nhello\n\nsecond\nthird\nfourth')).toEqual(['hello', 'second', 'third']);
    expect(refusePeer('/bin/cat', '.echo ', null)).toBe(
      "This program did not answer like kd or cdb: /bin/cat. It only echoed back what it was sent, with no debugger banner or prompt. Check the debugger's path and command line (kd.exe or cdb.exe with -z <dump>, -k <connection> or -kl).",
    );
    expect(refusePeer('python3', 'Python 3.11.7\n>>> ', null)).toContain('It printed: “Python 3.11.7 ⏎ >>>”');
    expect(refusePeer('kd -z x.dmp', 'Microsoft (R) Windows Debugger Version 10.0', '0: kd> ')).toBeNull();
  });
});

describe('telltale stderr', () => {
  it("picks the lines naming the error, not Node's footer or a brace", () => {
    const stderr = [
      'node:internal/modules/run_main:123',
      '    triggerUncaughtException(',
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/work/unterminated arg'",
      '    at finalizeResolution (node:internal/modules/esm/resolve:283:11)',
      '}',
      '',
      'Node.js v20.20.2',
    ].join('\n');
    expect(telltaleStderr(stderr)).toBe("Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/work/unterminated arg'");
  });

  it('without an error-looking line, the last lines', () => {
    expect(telltaleStderr('starting\nbye\n')).toBe('starting | bye');
    expect(telltaleStderr('')).toBe('');
  });
});
