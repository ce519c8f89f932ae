// The requests only the desktop shell can answer: native open dialogs for a
// dump or key file path, and Open transcript… (dialog, read, then the core's
// own `transcript.open`). Everything else goes to the core unchanged.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { transcriptChunkChars, type RequestParams } from '../contract';
import type { MainProcessCore } from './mainProcess';

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

const maxTranscriptBytes = 256 * 1024 * 1024;

export interface NativeDialogDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  readTextFile(file: string): Promise<string>;
}

const electronDeps: NativeDialogDeps = {
  showOpenDialog: (options) => {
    const parent = BrowserWindow.getFocusedWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  },
  readTextFile: async (file) => {
    if ((await stat(file)).size > maxTranscriptBytes) throw new Error(`${path.basename(file)} is larger than 256 MB; PoolSleuth cannot open it.`);
    return readFile(file, 'utf8');
  },
};

async function pickOne(deps: NativeDialogDeps, options: OpenDialogOptions): Promise<string | null> {
  const picked = await deps.showOpenDialog({ ...options, properties: ['openFile'] });
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

export function withNativeFileDialogs(core: MainProcessCore, deps: NativeDialogDeps = electronDeps): MainProcessCore {
  const openTranscript = core.handlers['transcript.open'];
  const coreCapabilities = core.handlers['app.capabilities'];
  return {
    onEvent: (listener) => core.onEvent(listener),
    dispose: () => core.dispose(),
    handlers: {
      ...core.handlers,
      'app.capabilities': async () => ({ ...(await coreCapabilities({})), nativeFileDialogs: true }),
      'dialog.openFile': async ({ purpose }) => ({ path: await pickOne(deps, { filters: filtersFor[purpose] }) }),
      'transcript.openWithDialog': async () => {
        const file = await pickOne(deps, {
          title: 'Open transcript',
          filters: [
            { name: 'PoolSleuth transcripts', extensions: ['pstranscript', 'jsonl'] },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        if (!file) return { ok: true as const, opened: false };
        const text = await deps.readTextFile(file);
        const uploadId = `dialog-${Date.now().toString(36)}`;
        const name = path.basename(file).slice(0, 255);
        // The same path as a page upload, so both are validated alike.
        for (let index = 0, at = 0; ; index++, at += transcriptChunkChars) {
          const last = at + transcriptChunkChars >= text.length;
          await openTranscript({ uploadId, name, index, chunk: text.slice(at, at + transcriptChunkChars), last });
          if (last) return { ok: true as const, opened: true };
        }
      },
    },
  };
}
