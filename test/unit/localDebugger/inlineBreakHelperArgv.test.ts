import { describe, expect, it } from 'vitest';
import { inlineBreakHelperArgv } from '../../../electron/debugger/windowsBreakHelper';

describe('inline Windows break helper argv (local breaks spawn it directly)', () => {
  it('runs powershell with the encoded helper and the process id baked in', () => {
    const argv = inlineBreakHelperArgv(4242, 'CtrlBreak');
    expect(argv.slice(0, 2)).toEqual(['powershell.exe', '-NoLogo']);
    expect(argv.at(-2)).toBe('-EncodedCommand');
    const script = Buffer.from(argv.at(-1)!, 'base64').toString('utf16le');
    expect(script).toContain('-ProcessId 4242 -Event CtrlBreak');
    expect(script).toContain('GenerateConsoleCtrlEvent');
  });

  it('refuses something that is not a process id', () => {
    expect(() => inlineBreakHelperArgv(0)).toThrow(/Not a process id/);
    expect(() => inlineBreakHelperArgv(1.5)).toThrow(/Not a process id/);
  });
});
