import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  quoteArgvForCmd,
  quoteArgvForPosix,
  quoteArgvForPowerShell,
  quotePowerShellString,
} from '../../../electron/debugger/ssh/remoteShellQuoting';
import { splitWindowsCommandLine } from '../../../electron/debugger/windowsCommandLine';
import { simulateCmdLine } from './cmdLineSimulator';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';

const kd = 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe';
const nastyPaths = [
  "C:\\dumps\\Bob's crash\\MEMORY.DMP",
  'C:\\dumps\\a & b\\MEMORY.DMP',
  'C:\\dumps\\100%\\%OS%\\MEMORY.DMP',
  'C:\\dumps\\$HOME;rm -rf x\\MEMORY.DMP',
  'C:\\dumps\\(x86) ^caret! <in> |pipe|\\m.dmp',
  'C:\\dumps\\trailing space dir\\',
  'srv*C:\\sym*https://msdl.microsoft.com/download/symbols',
];
const windowsEnv = { OS: 'Windows_NT', PATH: 'C:\\Windows', HOME: 'C:\\Users\\x' };

describe('POSIX quoting (checked by a real /bin/sh)', () => {
  const roundTrip = (args: string[]) => {
    const line = quoteArgvForPosix(['printf', '%s\\0', ...args]);
    const out = spawnSync('/bin/sh', ['-c', line], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent' } });
    expect(out.status).toBe(0);
    return out.stdout.split('\0').slice(0, -1);
  };

  it('passes paths with spaces, quotes, &, %, $, ; literally', () => {
    expect(roundTrip(nastyPaths)).toEqual(nastyPaths);
    expect(quoteArgvForPosix(['kd', "it's"])).toBe(`kd 'it'\\''s'`);
  });

  it('passes any printable text literally (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit: fc.constantFrom('a', ' ', "'", '"', '\\', '$', '`', '*', ';', '&', '!', 'é') }), { minLength: 1, maxLength: 4 }), (args) => {
        expect(roundTrip(args)).toEqual(args);
      }),
      { numRuns: 40 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('refuses newlines and empty arguments', () => {
    expect(() => quoteArgvForPosix(['kd', 'a\nreboot'])).toThrow(/control character/);
    expect(() => quoteArgvForPosix(['kd', ''])).toThrow(/empty/);
  });
});

describe('cmd.exe quoting', () => {
  it('quotes the program in real quotes and caret-escapes every metacharacter in arguments', () => {
    expect(quoteArgvForCmd([kd, '-z', 'C:\\dumps\\a & b\\MEMORY.DMP'])).toBe(
      `"${kd}" -z ^"C:\\dumps\\a ^& b\\MEMORY.DMP^"`,
    );
    expect(quoteArgvForCmd(['kd.exe', '-z', 'C:\\100%\\%OS%.dmp'])).toBe('kd.exe -z C:\\100^%\\^%OS^%.dmp');
  });

  it('reaches the program unchanged through the cmd model, with no operator and no expansion', () => {
    const read = simulateCmdLine(quoteArgvForCmd([kd, ...nastyPaths]), windowsEnv);
    expect(read.operators).toEqual([]);
    expect(splitWindowsCommandLine(read.text)).toEqual([kd, ...nastyPaths]);
  });

  it('round-trips any argument through the cmd model (property)', () => {
    const unit = fc.constantFrom('a', ' ', '"', '\\', '%', 'O', 'S', '^', '&', '|', '<', '>', '(', ')', '!', '$', ';');
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit }), { maxLength: 5 }), (args) => {
        const read = simulateCmdLine(quoteArgvForCmd([kd, ...args]), windowsEnv);
        expect(read.operators).toEqual([]);
        expect(splitWindowsCommandLine(read.text)).toEqual([kd, ...args]);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('refuses a program path that cmd would expand', () => {
    expect(() => quoteArgvForCmd(['C:\\100%\\kd.exe'])).toThrow(/expands/);
  });
});

describe('PowerShell quoting', () => {
  it('uses the call operator and single quotes, doubling quote characters', () => {
    expect(quoteArgvForPowerShell([kd, '-z', "C:\\Bob's $HOME; & %OS%.dmp"])).toBe(
      `& '${kd}' '-z' 'C:\\Bob''s $HOME; & %OS%.dmp'`,
    );
    expect(quotePowerShellString('it\u2019s')).toBe("'it\u2019\u2019s'");
  });

  it('refuses a double quote (Windows PowerShell 5.1 would mangle it)', () => {
    expect(() => quoteArgvForPowerShell(['kd', '-c', '"x"'])).toThrow(/double quote/);
  });

  it('round-trips through a single-quoted-string reader (property)', () => {
    const readPowerShellWords = (line: string): string[] => {
      expect(line.startsWith('& ')).toBe(true);
      const words: string[] = [];
      const re = /'((?:[^'\u2018\u2019\u201a\u201b]|['\u2018\u2019\u201a\u201b]{2})*)'(?: |$)/gy;
      re.lastIndex = 2;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line))) words.push(m[1]!.replace(/(['\u2018\u2019\u201a\u201b])\1/g, '$1'));
      expect(re.lastIndex === 0 || re.lastIndex === line.length).toBe(true);
      return words;
    };
    const unit = fc.constantFrom('a', ' ', "'", '\u2019', '$', '`', '&', ';', '%', '\\', '(');
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit }), { minLength: 1, maxLength: 5 }), (argv) => {
        expect(readPowerShellWords(quoteArgvForPowerShell(argv))).toEqual(argv);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);
});
