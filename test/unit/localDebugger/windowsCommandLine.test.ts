import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinWindowsCommandLine, quoteWindowsArgument, splitWindowsCommandLine } from '../../../electron/debugger/windowsCommandLine';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';

describe('splitWindowsCommandLine (CommandLineToArgvW rules)', () => {
  it('splits the documented examples', () => {
    expect(splitWindowsCommandLine('"abc" d e')).toEqual(['abc', 'd', 'e']);
    expect(splitWindowsCommandLine('prog a\\\\\\b d"e f"g h')).toEqual(['prog', 'a\\\\\\b', 'de fg', 'h']);
    expect(splitWindowsCommandLine('prog a\\\\\\"b c d')).toEqual(['prog', 'a\\"b', 'c', 'd']);
    expect(splitWindowsCommandLine('prog a\\\\\\\\"b c" d e')).toEqual(['prog', 'a\\\\b c', 'd', 'e']);
  });

  it('keeps backslashes in the program name and splits a kd command line', () => {
    expect(
      splitWindowsCommandLine('"C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe" -y "srv*C:\\sym" -z C:\\dumps\\MEMORY.DMP'),
    ).toEqual(['C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe', '-y', 'srv*C:\\sym', '-z', 'C:\\dumps\\MEMORY.DMP']);
  });

  it('handles empty quoted arguments, tabs and doubled quotes inside quotes', () => {
    expect(splitWindowsCommandLine('kd "" \t x')).toEqual(['kd', '', 'x']);
    expect(splitWindowsCommandLine('kd "a""b"')).toEqual(['kd', 'a"b']);
    expect(splitWindowsCommandLine('   ')).toEqual([]);
  });

  it('quote then split gives the argv back (property)', () => {
    const arg = fc.string({ unit: fc.constantFrom('a', ' ', '\\', '"', '\t', 'é', '%', '&') });
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (args) => {
        const argv = ['C:\\Debuggers\\kd.exe', ...args];
        expect(splitWindowsCommandLine(joinWindowsCommandLine(argv))).toEqual(argv);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('doubles backslashes only before quotes', () => {
    expect(quoteWindowsArgument('C:\\my dir\\')).toBe('"C:\\my dir\\\\"');
    expect(quoteWindowsArgument('C:\\dir\\')).toBe('C:\\dir\\');
    expect(quoteWindowsArgument('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteWindowsArgument('')).toBe('""');
  });
});
