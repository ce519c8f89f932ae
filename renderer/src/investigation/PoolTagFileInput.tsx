// The hidden file input that reads a pool-tag file (pooltag.txt: tag → owning driver), for
// the investigation's options and for Settings' default alike: one size limit, one way
// of reading, the same messages. Its owner shows a button that clicks it.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
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

interface PoolTagFileInputProps {
  inputRef: RefObject<HTMLInputElement | null>;
  label: string;
  onChosen(choice: PoolTagFileChoice): void;
  onProblem(problem: string): void;
}

export function PoolTagFileInput({ inputRef, label, onChosen, onProblem }: PoolTagFileInputProps) {
  const { t } = useTranslation();
  return (
    <input
      ref={inputRef}
      type="file"
      accept=".txt,text/plain"
      hidden
      aria-label={label}
      onChange={(ev) => {
        const file = ev.target.files?.[0];
        // Cleared at once, so choosing the same file again reads it again.
        ev.target.value = '';
        if (!file) return;
        void readPoolTagFile(file, (key, values) => t(key, values)).then((read) => (read.ok ? onChosen(read.choice) : onProblem(read.problem)));
      }}
    />
  );
}
