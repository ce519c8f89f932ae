// Per-command output past the memory cap is spilled to a file and read back as a stream.
// The text is kdsim's real `!verifier 0x80` (a full 0x10000-entry log, over real pipes);
// the spilled copy must be complete and parse exactly like the in-memory text.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DebuggerSession } from '../../../electron/debugger/debuggerSession';
import { VerifierLogStream } from '../../../electron/parsers';
import { collectAllocationEntries } from '../../../electron/investigation/playbooks/leakAtUnload/allocationStacksStep';
import type { VerifierLogBlock } from '../../../electron/parsers';
import { CommandOutputSpill } from '../../../electron/debugger/commandOutputSpill';
import { kdsimSession } from './kdsimProcess';

let dir = '';
let session: DebuggerSession | null = null;
let log = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-spill-'));
  session = kdsimSession(['--generate', 'allocations=2000,log=65536']);
  await session.start();
  log = (await session.execute('!verifier 0x80', { timeoutMs: 600_000 })).output;
}, 300_000);

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Appends `text` in uneven pieces, as a pipe would deliver it. */
function appendInPieces(spill: CommandOutputSpill, text: string): void {
  const sizes = [1, 4093, 65_536, 17, 300_001];
  for (let at = 0, i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    spill.append(text.slice(at, at + size));
    at += size;
  }
}

async function parseStream(chunks: AsyncIterable<string>) {
  const stream = new VerifierLogStream({ command: '!verifier 0x80' });
  for await (const chunk of chunks) stream.push(chunk);
  stream.end();
  return stream.result();
}

describe('command output spill (kdsim verifier log)', () => {
  it('keeps a small output in memory and gives it back unchanged', async () => {
    const spill = new CommandOutputSpill({ dir, memoryCapChars: log.length + 1 });
    appendInPieces(spill, log);
    expect(spill.spillPath).toBeNull();
    expect(spill.inMemoryChars).toBe(log.length);
    expect((await spill.text()) === log).toBe(true);
    spill.dispose();
  }, 120_000);

  it('spills past the cap, holds nothing more in memory, reads back every character, parses the same', { timeout: 300_000 }, async () => {
    expect(log.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(log).toContain('Finished parsing all pool tracking information.');
    const spill = new CommandOutputSpill({ dir, memoryCapChars: 1024 * 1024 });
    appendInPieces(spill, log);
    expect(spill.spillPath).not.toBeNull();
    expect(spill.inMemoryChars).toBe(0);
    expect(spill.length).toBe(log.length);
    expect(statSync(spill.spillPath!).size).toBe(Buffer.byteLength(log, 'utf8'));

    const readBack = await spill.text();
    expect(readBack.length).toBe(log.length);
    expect(readBack === log).toBe(true);

    // The streaming parser over the file, against the same parser over the in-memory text.
    const fromDisk = await parseStream(spill.chunks(256 * 1024));
    const inMemory = await parseStream([log][Symbol.iterator]() as unknown as AsyncIterable<string>);
    expect(fromDisk.blocks.length).toBeGreaterThan(60_000);
    expect(fromDisk.finished).toBe(true);
    expect(fromDisk).toEqual(inMemory);

    // The leak playbook's filter (newest allocate entry per wanted address), in memory and from disk.
    const wanted = new Set(inMemory.blocks.filter((b) => b.operation === 'allocate' && b.address).slice(0, 50).map((b) => b.address!));
    const foundInMemory = new Map<string, VerifierLogBlock>();
    await collectAllocationEntries(log, wanted, foundInMemory);
    const foundFromDisk = new Map<string, VerifierLogBlock>();
    const stream = new VerifierLogStream({ keepBlocks: false, filter: (b) => b.address !== null && b.operation !== 'free' && wanted.has(b.address) && !foundFromDisk.has(b.address) });
    const take = (blocks: VerifierLogBlock[]) => blocks.forEach((b) => !foundFromDisk.has(b.address!) && foundFromDisk.set(b.address!, b));
    for await (const chunk of spill.chunks()) take(stream.push(chunk));
    take(stream.end());
    expect(foundInMemory.size).toBe(wanted.size);
    expect(foundFromDisk).toEqual(foundInMemory);

    const file = spill.spillPath!;
    spill.dispose();
    expect(() => statSync(file)).toThrow();
  });

  it('a character split across appends (surrogate pair, CJK) survives the file', async () => {
    const text = `d:\\代码\\驱动\\handleioctl.c 😀 ${'x'.repeat(100)} ソース 🧪\n`;
    const spill = new CommandOutputSpill({ dir, memoryCapChars: 8 });
    for (const ch of text.split('')) spill.append(ch); // splits every surrogate pair
    expect(spill.spillPath).not.toBeNull();
    const back = await spill.text();
    expect(back).toBe(text);
    expect(back).not.toContain('\ufffd');
    spill.dispose();
  });
});

describe('command output spill head', () => {
  it('keeps the first headChars in memory once spilled; dispose forgets it', async () => {
    const spill = new CommandOutputSpill({ dir, memoryCapChars: 100, headChars: 10 });
    for (let i = 0; i < 50; i++) spill.append(`line ${i}\n`);
    expect(spill.spillPath).not.toBeNull();
    expect(spill.head).toBe('line 0\nlin');
    expect(spill.length).toBe((await spill.text()).length);
    spill.dispose();
    expect(spill.head).toBe('');
  });
});

describe('a session spills a command output past its memory cap (kdsim over real pipes)', () => {
  it('gives the head and the whole text on disk, records the head in the transcript, deletes its temp folder on close', { timeout: 300_000 }, async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'poolsleuth-session-parent-'));
    const recorded: string[] = [];
    const capped = kdsimSession(['--generate', 'allocations=2000,log=65536'], { transcript: (e) => e.direction === 'output' && recorded.push(e.text) }, { outputMemoryCapChars: 1024 * 1024, tempParentDir: parent });
    try {
      await capped.start();
      const small = await capped.execute('lm');
      expect(small.spilled).toBeUndefined();
      expect(capped.temporaryFolder).toBeNull();

      const result = await capped.execute('!verifier 0x80', { timeoutMs: 600_000 });
      expect(result.spilled).toBeDefined();
      expect(result.spilled!.length).toBe(log.length);
      expect(result.output.length).toBeLessThan(70 * 1024);
      expect(result.output.startsWith(log.slice(0, 64 * 1024))).toBe(true);
      expect(result.output).toContain(`${log.length} characters in all`);
      expect((await result.spilled!.text()) === log).toBe(true);
      expect(recorded.at(-1)).toBe(result.output);

      const folder = capped.temporaryFolder!;
      expect(path.dirname(folder)).toBe(parent);
      expect(readdirSync(folder)).toHaveLength(1);
      // The session still answers after the big command.
      expect((await capped.execute('.echo after')).output).toBe('after\n');
      await capped.close();
      expect(existsSync(folder)).toBe(false);
    } finally {
      await capped.close().catch(() => undefined);
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
