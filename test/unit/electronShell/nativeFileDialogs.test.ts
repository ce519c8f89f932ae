import { describe, expect, it, vi } from 'vitest';
import { requestMethods, transcriptChunkChars, transcriptPieces, type TranscriptPiece } from '../../../electron/contract';
import type { MainProcessCore } from '../../../electron/main/mainProcess';

vi.mock('electron', () => import('./fakeElectron'));
const { withNativeFileDialogs } = await import('../../../electron/main/nativeFileDialogs');

function fakeCore() {
  const handlers = Object.fromEntries(requestMethods.map((m) => [m, vi.fn(async () => ({ ok: true, opened: false }))]));
  return { handlers, onEvent: vi.fn(() => () => undefined), dispose: vi.fn(async () => undefined) } as unknown as MainProcessCore & {
    handlers: Record<string, ReturnType<typeof vi.fn>>;
  };
}

describe('native file dialogs (Electron shell)', () => {
  it('says so in app.capabilities and returns the chosen path, or null when cancelled', async () => {
    const showOpenDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePaths: ['C:\\dumps\\MEMORY.DMP'] })
      .mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const core = fakeCore();
    (core.handlers['app.capabilities'] as unknown as ReturnType<typeof vi.fn>).mockResolvedValue({ nativeFileDialogs: false, rememberSecrets: true });
    const shell = withNativeFileDialogs(core, { showOpenDialog, readTextFile: vi.fn() });
    // The core's own facts (a persistent secret store) pass through; only the dialogs are the shell's.
    await expect(shell.handlers['app.capabilities']({})).resolves.toEqual({ nativeFileDialogs: true, rememberSecrets: true });
    await expect(shell.handlers['dialog.openFile']({ purpose: 'dump' })).resolves.toEqual({ path: 'C:\\dumps\\MEMORY.DMP' });
    expect(showOpenDialog.mock.calls[0]![0]).toMatchObject({ properties: ['openFile'], filters: expect.arrayContaining([expect.objectContaining({ extensions: ['dmp', 'mdmp', 'hdmp'] })]) });
    await expect(shell.handlers['dialog.openFile']({ purpose: 'identity-file' })).resolves.toEqual({ path: null });
  });

  it('opens a transcript chosen in the dialog through the core’s transcript.open, in pieces', async () => {
    const core = fakeCore();
    const text = 'x'.repeat(transcriptChunkChars + 10);
    const shell = withNativeFileDialogs(core, {
      showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: ['/home/dev/session.pstranscript'] }),
      readTextFile: vi.fn().mockResolvedValue(text),
    });
    await expect(shell.handlers['transcript.openWithDialog']({})).resolves.toEqual({ ok: true, opened: true });
    const open = core.handlers['transcript.open'] as unknown as ReturnType<typeof vi.fn>;
    // The contract's pieces (their cutting is tested in test/unit/contract/transcriptUploadPieces.test.ts).
    const calls = open.mock.calls.map((c: unknown[]) => c[0] as TranscriptPiece);
    const uploadId = calls[0]!.uploadId;
    expect(calls).toEqual(transcriptPieces(uploadId, 'session.pstranscript', text));
    expect(calls).toHaveLength(2);
  });

  it('offers .logopen text logs (.log, .txt) beside saved transcripts, first filter covering both, and opens one', async () => {
    const core = fakeCore();
    const showOpenDialog = vi.fn().mockResolvedValue({ canceled: false, filePaths: ['C:\\logs\\kd-session.log'] });
    const log = '0: kd> !analyze -v\nBUGCHECK_CODE:  c4\n0: kd> ';
    const shell = withNativeFileDialogs(core, { showOpenDialog, readTextFile: vi.fn().mockResolvedValue(log) });
    await expect(shell.handlers['transcript.openWithDialog']({})).resolves.toEqual({ ok: true, opened: true });
    const options = showOpenDialog.mock.calls[0]![0] as { title: string; filters: { name: string; extensions: string[] }[]; properties: string[] };
    expect(options.properties).toEqual(['openFile']);
    // The dialog selects the first filter: it must show saved transcripts and text logs alike.
    expect(options.filters[0]!.extensions).toEqual(['pstranscript', 'jsonl', 'log', 'txt']);
    expect(options.filters.map((f) => f.extensions)).toContainEqual(['log', 'txt']);
    expect(options.filters.at(-1)!.extensions).toEqual(['*']);
    const open = core.handlers['transcript.open'] as unknown as ReturnType<typeof vi.fn>;
    expect(open.mock.calls.map((c: unknown[]) => c[0])).toEqual([expect.objectContaining({ index: 0, last: true, chunk: log })]);
  });

  it('does nothing when the transcript dialog is cancelled, and passes other requests through', async () => {
    const core = fakeCore();
    const shell = withNativeFileDialogs(core, { showOpenDialog: vi.fn().mockResolvedValue({ canceled: true, filePaths: [] }), readTextFile: vi.fn() });
    await expect(shell.handlers['transcript.openWithDialog']({})).resolves.toEqual({ ok: true, opened: false });
    expect(core.handlers['transcript.open']).not.toHaveBeenCalled();
    expect(shell.handlers['session.getState']).toBe(core.handlers['session.getState']);
    await shell.dispose();
    expect(core.dispose).toHaveBeenCalled();
  });
});
