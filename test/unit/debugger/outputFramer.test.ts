import { describe, expect, it } from 'vitest';
import { OutputFramer } from '../../../electron/debugger/outputFramer';

const M1 = 'PSMARK_aaaaaaaaaaaaaaaaaaaaaaaa';
const M2 = 'PSMARK_bbbbbbbbbbbbbbbbbbbbbbbb';

function makeFramer() {
  const consoleText: string[] = [];
  const completed: Array<{ marker: string; output: string }> = [];
  const prompts: string[] = [];
  const framer = new OutputFramer({
    console: (t) => consoleText.push(t),
    commandCompleted: (marker, output) => completed.push({ marker, output: output.head }),
    prompt: (p) => prompts.push(p),
  });
  return { framer, consoleText, completed, prompts, shown: () => consoleText.join('') };
}

/** Feed `text` split into chunks of `size` characters. */
function feedInChunks(framer: OutputFramer, text: string, size: number) {
  for (let i = 0; i < text.length; i += size) framer.push(text.slice(i, i + size));
}

const lnOutput =
  'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)+0x15\n' +
  '(9a3bf660)   MyDriver!DeviceControlDispatch+0x4c   |  (9a3bf6d0)   MyDriver!DeviceControlDispatch\n';

describe('OutputFramer', () => {
  it('ends a command at the prompt+marker line and reports the following prompt', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.push(`${lnOutput}kd> ${M1}\nkd> `);
    expect(f.completed).toEqual([{ marker: M1, output: lnOutput }]);
    expect(f.prompts).toEqual(['kd> ']);
    expect(f.shown()).toBe(lnOutput);
  });

  it('gives the same result for every chunk size, including one character at a time', () => {
    const stream = `${lnOutput}0: kd> ${M1}\n0: kd> second line\n0: kd> ${M2}\n0: kd> `;
    for (const size of [1, 2, 3, 7, 64]) {
      const f = makeFramer();
      f.framer.expect(M1);
      f.framer.expect(M2);
      feedInChunks(f.framer, stream, size);
      expect(f.completed, `chunk size ${size}`).toEqual([
        { marker: M1, output: lnOutput },
        { marker: M2, output: 'second line\n' },
      ]);
      expect(f.prompts).toEqual(['0: kd> ', '0: kd> ']);
      expect(f.shown()).not.toContain('PSMARK_');
    }
  });

  it('normalises CRLF, also when CR and LF arrive in different chunks', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.push('line one\r');
    f.framer.push('\nline two\r\nkd> ');
    f.framer.push(`${M1}\r`);
    f.framer.push('\nkd> ');
    expect(f.completed).toEqual([{ marker: M1, output: 'line one\nline two\n' }]);
    expect(f.shown()).toBe('line one\nline two\n');
  });

  it('keeps prompt look-alikes inside output as output', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    const tricky = 'kd> this is not a prompt\n0:000> neither is this\nInput> text\n';
    f.framer.push(`${tricky}kd> ${M1}\nkd> `);
    expect(f.completed[0]!.output).toBe(tricky);
  });

  it('does not end a command on an unregistered marker-looking line', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.push(`kd> PSMARK_000000000000000000000000\nmore\nkd> ${M1}\nkd> `);
    expect(f.completed).toEqual([{ marker: M1, output: 'kd> PSMARK_000000000000000000000000\nmore\n' }]);
  });

  it('keeps output that had no trailing newline before the prompt', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.push(`no newline herekd> ${M1}\nkd> `);
    expect(f.completed[0]!.output).toBe('no newline here');
    expect(f.shown()).toBe('no newline here\n');
  });

  it('strips the prompt kd printed before reading the next command', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.expect(M2);
    f.framer.push(`kd> ${M1}\nkd> Verify Flags Level 0x000209bb\nkd> ${M2}\nkd> `);
    expect(f.completed.map((c) => c.output)).toEqual(['', 'Verify Flags Level 0x000209bb\n']);
  });

  it('recognises cdb prompts, including WOW64', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.expect(M2);
    f.framer.push(`0:000> ${M1}\n0:000:x86> out\n0:000:x86> ${M2}\n0:000:x86> `);
    expect(f.prompts).toEqual(['0:000:x86> ', '0:000:x86> ']);
    expect(f.completed[1]!.output).toBe('out\n');
  });

  it('recognises the local kernel prompt (kd -kl)', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.expect(M2);
    f.framer.push(`lkd> ${M1}\nlkd> out\nlkd> ${M2}\nlkd> `);
    expect(f.prompts).toEqual(['lkd> ', 'lkd> ']);
    expect(f.completed[1]!.output).toBe('out\n');
  });

  it('ends earlier commands when a later marker arrives first (kd dropped buffered input on break)', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    f.framer.expect(M2);
    f.framer.push(`partial output\n^C\nkd> ${M2}\nkd> `);
    expect(f.completed).toEqual([
      { marker: M1, output: 'partial output\n^C\n' },
      { marker: M2, output: '' },
    ]);
  });

  it('passes UTF-8 text through untouched (decoding happens before the framer)', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    const decoder = new TextDecoder('utf-8');
    const bytes = new TextEncoder().encode(`驱动程序 ドライバー\nkd> ${M1}\nkd> `);
    for (const byte of bytes) f.framer.push(decoder.decode(new Uint8Array([byte]), { stream: true }));
    expect(f.completed[0]!.output).toBe('驱动程序 ドライバー\n');
  });

  it('a line that never ends is passed on in pieces: pending text stays bounded and nothing is lost', () => {
    const f = makeFramer();
    f.framer.expect(M1);
    const endless = 'x'.repeat(3 * 1024 * 1024 + 17);
    feedInChunks(f.framer, endless, 65_536);
    // Most of it is already on the console before the line ends.
    expect(f.shown().length).toBeGreaterThan(2 * 1024 * 1024);
    f.framer.push(`tail\nkd> ${M1}\nkd> `);
    expect(f.completed).toEqual([{ marker: M1, output: `${endless}tail\n` }]);
    expect(f.shown()).toBe(`${endless}tail\n`);
    expect(f.prompts).toEqual(['kd> ']);
  });
});
