// The requests only the desktop shell can answer: native open dialogs for a
// dump or key file path, and Open transcript… (dialog, read, then the core's
// own `transcript.open`). Everything else goes to the core unchanged.
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { RequestParams } from '../contract';
import type { MainProcessCore } from './mainProcess';
import { openTranscriptText, readTranscriptText } from './transcriptFileOpener';

const filtersFor: Record<RequestParams<'dialog.openFile'>['purpose'], OpenDialogOptions['filters']> = {
  dump: [
    { name: 'Crash dumps', extensions: ['dmp', 'mdmp', 'hdmp'] },
    { name: 'All files', extensions: ['*'] },
  ],
  'identity-file': [{ name: 'All files', extensions: ['*'] }],
  debugger: [
    { name: 'Programs', extensions: ['exe'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

export interface NativeDialogDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  readTextFile(file: string): Promise<string>;
}

const electronDeps: NativeDialogDeps = {
  showOpenDialog: (options) => {
    const parent = BrowserWindow.getFocusedWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  },
  readTextFile: readTranscriptText,
};

// Saved transcripts, and the text logs the replay reads too: WinDbg's `.logopen` writes
// whatever name it is given, most often .log or .txt.
export const transcriptFileFilters: OpenDialogOptions['filters'] = [
  { name: 'Transcripts and debugger logs', extensions: ['pstranscript', 'jsonl', 'log', 'txt'] },
  { name: 'PoolSleuth transcripts', extensions: ['pstranscript', 'jsonl'] },
  { name: 'Debugger logs (.logopen)', extensions: ['log', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

async function pickOne(deps: NativeDialogDeps, options: OpenDialogOptions): Promise<string | null> {
  const picked = await deps.showOpenDialog({ ...options, properties: ['openFile'] });
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

export function withNativeFileDialogs(core: MainProcessCore, deps: NativeDialogDeps = electronDeps): MainProcessCore {
  const coreCapabilities = core.handlers['app.capabilities'];
  return {
    onEvent: (listener) => core.onEvent(listener),
    dispose: () => core.dispose(),
    handlers: {
      ...core.handlers,
      'app.capabilities': async () => ({ ...(await coreCapabilities({})), nativeFileDialogs: true }),
      'dialog.openFile': async ({ purpose }) => ({ path: await pickOne(deps, { filters: filtersFor[purpose] }) }),
      'transcript.openWithDialog': async () => {
        const file = await pickOne(deps, { title: 'Open transcript', filters: transcriptFileFilters });
        if (!file) return { ok: true as const, opened: false };
        await openTranscriptText(core.handlers, file, await deps.readTextFile(file));
        return { ok: true as const, opened: true };
      },
    },
  };
}
