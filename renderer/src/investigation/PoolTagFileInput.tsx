// The hidden file input that reads a pool-tag file (pooltag.txt: tag → owning driver), for
// the investigation's options and for Settings' default alike: one size limit, one way
// of reading, the same messages. Its owner shows a button that clicks it.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { readPoolTagFile } from './readPoolTagFile';
import type { PoolTagFileChoice } from './state/runOptions';

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
