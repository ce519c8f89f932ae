// Console toolbar: Open transcript… (a file from this computer, replayed
// offline by the core), Save transcript (reopenable JSON lines) and Save log
// (plain text like WinDbg's .logopen); after a save, the paths of the files on disk.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { SavedTranscriptPaths } from './SavedTranscriptPaths';
import { saveTranscript, type TranscriptSaveFormat } from './transcriptActions';
import { openTranscriptFile } from './transcriptOpening';

interface TranscriptButtonsProps {
  bridge: PoolSleuthBridge;
  nativeFileDialogs: boolean;
  onNotice(text: string, tone?: 'info' | 'error'): void;
}

export function TranscriptButtons({ bridge, nativeFileDialogs, onNotice }: TranscriptButtonsProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [savedPaths, setSavedPaths] = useState<readonly string[]>([]);

  const save = (format: TranscriptSaveFormat) => {
    saveTranscript(bridge, format).then(
      (saved) => {
        onNotice(t('transcript.saved', { fileName: saved.fileName }));
        setSavedPaths(saved.filePaths);
      },
      (err: unknown) => {
        onNotice(t('transcript.saveFailed', { message: errorMessage(err) }), 'error');
        setSavedPaths([]);
      },
    );
  };

  const open = () => {
    if (!nativeFileDialogs) {
      fileInput.current?.click();
      return;
    }
    bridge.invoke('transcript.openWithDialog', {}).catch((err: unknown) => onNotice(t('transcript.openFailed', { message: errorMessage(err) }), 'error'));
  };

  const opened = (file: File | undefined) => {
    if (!file) return;
    onNotice(t('transcript.opening', { fileName: file.name }));
    openTranscriptFile(bridge, file).catch((err: unknown) => onNotice(t('transcript.openFailed', { message: errorMessage(err) }), 'error'));
  };

  return (
    <>
      <button type="button" className="btn btn-small" title={t('transcript.openTitle')} onClick={open}>
        {t('transcript.open')}
      </button>
      <button type="button" className="btn btn-small" title={t('transcript.saveTitle')} onClick={() => save('transcript')}>
        {t('transcript.save')}
      </button>
      <button type="button" className="btn btn-small" title={t('transcript.saveLogTitle')} onClick={() => save('log')}>
        {t('transcript.saveLog')}
      </button>
      <input
        ref={fileInput}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept=".pstranscript,.jsonl,.json,.log,.txt,application/json,text/plain"
        onChange={(ev) => {
          opened(ev.target.files?.[0]);
          ev.target.value = '';
        }}
      />
      <SavedTranscriptPaths filePaths={savedPaths} />
    </>
  );
}
