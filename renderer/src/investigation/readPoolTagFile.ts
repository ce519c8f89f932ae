// Reads a chosen pool-tag file for PoolTagFileInput.tsx (the Options and Settings): the
// size limit first, then the text, or why it cannot be used.
import { errorMessage } from '../bridge/bridgeError';
import type { PoolTagFileChoice } from './state/runOptions';

/** The core accepts a pool-tag file of up to 16 MB (Debugging Tools' pooltag.txt is under 1 MB). */
export const maxPoolTagFileBytes = 16 * 1024 * 1024;

type Translate = (key: string, values: Record<string, string>) => string;

/** The chosen file's text, or why it cannot be used (in the UI's language). */
export async function readPoolTagFile(file: File, t: Translate): Promise<{ ok: true; choice: PoolTagFileChoice } | { ok: false; problem: string }> {
  if (file.size > maxPoolTagFileBytes) return { ok: false, problem: t('inv.options.poolTagTooLarge', { name: file.name }) };
  try {
    return { ok: true, choice: { name: file.name, text: await file.text() } };
  } catch (err) {
    return { ok: false, problem: t('inv.options.poolTagUnreadable', { name: file.name, message: errorMessage(err) }) };
  }
}
