import { describe, expect, it } from 'vitest';
import { splitWindowsCommandLine } from '../../../renderer/src/workflow/windowsCommandLine';

const argv = (line: string): string[] => splitWindowsCommandLine(line).argv;

describe('splitWindowsCommandLine', () => {
  it('splits on blanks and ignores surrounding whitespace', () => {
    expect(argv('  kd  -z\tC:\\dumps\\MEMORY.DMP  ')).toEqual(['kd', '-z', 'C:\\dumps\\MEMORY.DMP']);
    expect(argv('')).toEqual([]);
    expect(argv('   ')).toEqual([]);
  });

  it('keeps a quoted program path with spaces and literal backslashes', () => {
    expect(argv('"C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe" -k net:port=50000,key=1.2.3.4')).toEqual([
      'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe',
      '-k',
      'net:port=50000,key=1.2.3.4',
    ]);
    // argv[0] never treats backslash-quote as an escape.
    expect(argv('"C:\\dbg\\"kd.exe -kl')).toEqual(['C:\\dbg\\kd.exe', '-kl']);
  });

  it('follows the MSVC backslash and quote rules for arguments', () => {
    // Examples from Microsoft's "Parsing C++ command-line arguments" table.
    expect(argv('p "a b c" d e')).toEqual(['p', 'a b c', 'd', 'e']);
    expect(argv('p "ab\\"c" "\\\\" d')).toEqual(['p', 'ab"c', '\\', 'd']);
    expect(argv('p a\\\\\\b d"e f"g h')).toEqual(['p', 'a\\\\\\b', 'de fg', 'h']);
    expect(argv('p a\\\\\\"b c d')).toEqual(['p', 'a\\"b', 'c', 'd']);
    expect(argv('p a\\\\\\\\"b c" d e')).toEqual(['p', 'a\\\\b c', 'd', 'e']);
    expect(argv('p a"b"" c d')).toEqual(['p', 'ab" c d']);
  });

  it('keeps an empty quoted argument', () => {
    expect(argv('cdb -c "" -z x.dmp')).toEqual(['cdb', '-c', '', '-z', 'x.dmp']);
  });

  it('keeps a trailing backslash of a directory argument', () => {
    expect(argv('kd -y C:\\symbols\\ -z a.dmp')).toEqual(['kd', '-y', 'C:\\symbols\\', '-z', 'a.dmp']);
  });

  it('reports an unterminated quote and takes the rest literally', () => {
    expect(splitWindowsCommandLine('kd -z "C:\\my dumps\\a.dmp')).toEqual({
      argv: ['kd', '-z', 'C:\\my dumps\\a.dmp'],
      unterminatedQuote: true,
    });
    expect(splitWindowsCommandLine('"C:\\Program Files\\kd.exe').unterminatedQuote).toBe(true);
  });
});
