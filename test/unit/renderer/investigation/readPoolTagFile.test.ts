// The one pool-tag file reader of the options and Settings: the 16 MB limit is checked
// before the text is read, and an unreadable file says why, in the caller's words.
import { describe, expect, it, vi } from 'vitest';
import { maxPoolTagFileBytes, readPoolTagFile } from '../../../../renderer/src/investigation/readPoolTagFile';

const t = (key: string, values: Record<string, string>) => `${key} ${JSON.stringify(values)}`;
const fakeFile = (name: string, size: number, text: () => Promise<string>) => ({ name, size, text: vi.fn(text) }) as unknown as File & { text: ReturnType<typeof vi.fn> };

describe('readPoolTagFile', () => {
  it('reads a file up to the limit into a choice with its name', async () => {
    const file = fakeFile('pooltag.txt', maxPoolTagFileBytes, async () => 'Leak - leakydrv.sys - records');
    await expect(readPoolTagFile(file, t)).resolves.toEqual({ ok: true, choice: { name: 'pooltag.txt', text: 'Leak - leakydrv.sys - records' } });
  });

  it('refuses a file over 16 MB without reading it', async () => {
    const file = fakeFile('huge.txt', maxPoolTagFileBytes + 1, async () => 'never');
    await expect(readPoolTagFile(file, t)).resolves.toEqual({ ok: false, problem: 'inv.options.poolTagTooLarge {"name":"huge.txt"}' });
    expect(file.text).not.toHaveBeenCalled();
    expect(maxPoolTagFileBytes).toBe(16 * 1024 * 1024);
  });

  it('says why a file could not be read', async () => {
    const file = fakeFile('locked.txt', 10, async () => {
      throw new Error('NotReadableError: the file changed');
    });
    await expect(readPoolTagFile(file, t)).resolves.toEqual({ ok: false, problem: 'inv.options.poolTagUnreadable {"name":"locked.txt","message":"NotReadableError: the file changed"}' });
  });
});
