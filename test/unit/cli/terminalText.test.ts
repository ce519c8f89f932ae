// The CLI's terminal writers: hostile owner text on a progress line reaches stderr as
// visible escapes, JSON on stdout keeps its value.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { terminalText, writeStderrLine, writeStdoutJson } from '../../../electron/cli/terminalText';

const hostileOwner = 'Evil\x1b]0;PWNED\x07\x1b[2J\x1b[41m\u009d8;;https://evil.example/\u009cclick\u009d8;;\u009c\u202eexe.txt';

afterEach(() => vi.restoreAllMocks());

describe('CLI terminal text', () => {
  it('a progress line with a hostile pool-tag owner reaches stderr as visible escapes', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    writeStderrLine(`    ! Tag 'Evil' (${hostileOwner}) grew by 4 MB\n  next line`);
    expect(written.join('')).toBe(
      "    ! Tag 'Evil' (Evil\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[41m\\x9d8;;https://evil.example/\\x9cclick\\x9d8;;\\x9c\\u202eexe.txt) grew by 4 MB\n  next line\n",
    );
    expect(written.join('')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
  });

  it('JSON on stdout: the same value when parsed, no raw control or bidi characters', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const report = { sites: [{ tag: 'Evil', owner: hostileOwner }] };
    writeStdoutJson(JSON.stringify(report) + '\n');
    const out = written.join('');
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(JSON.parse(out)).toEqual(report);
  });

  it('keeps the line breaks and tabs of our own messages', () => {
    expect(terminalText('Playbook: leak\n  not offered:\tx')).toBe('Playbook: leak\n  not offered:\tx');
  });
});
