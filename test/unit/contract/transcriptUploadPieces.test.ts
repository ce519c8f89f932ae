// The one chunked upload (contract/transcriptUploadPieces.ts): every piece passes the
// contract's own `transcript.open` schema, the core's real handler puts the text back
// together, and the page and the core's shells both send exactly these pieces.
import { describe, expect, it, vi } from 'vitest';
import { maxRecordingBytes, requestSchemas, transcriptChunkChars, transcriptPieces, uploadTranscriptText, newTranscriptUploadId, type TranscriptPiece } from '../../../electron/contract';
import { createTranscriptHandlers } from '../../../electron/service/transcriptHandlers';
import { openTranscriptFile, openTranscriptText } from '../../../renderer/src/console/transcriptOpening';
import type { PoolSleuthBridge } from '../../../electron/contract';

function reassembled(pieces: TranscriptPiece[]): Promise<{ text: string; name: string } | null> {
  let opened: { text: string; name: string } | null = null;
  const handlers = createTranscriptHandlers({
    entries: () => [],
    lastState: () => null,
    openTranscriptText: async (text, name) => {
      opened = { text, name };
    },
  });
  return pieces.reduce<Promise<unknown>>((done, piece) => done.then(() => handlers['transcript.open'](piece)), Promise.resolve()).then(() => opened);
}

describe('transcript upload pieces', () => {
  it('cuts at the chunk size, numbers the pieces, marks only the last, and every piece passes the contract schema', async () => {
    const text = `${'a'.repeat(transcriptChunkChars)}${'b'.repeat(transcriptChunkChars)}tail`;
    const id = newTranscriptUploadId();
    const pieces = transcriptPieces(id, 'kd-session.log', text);
    expect(pieces.map((p) => [p.index, p.last, p.chunk.length, p.chunk[0]])).toEqual([
      [0, false, transcriptChunkChars, 'a'],
      [1, false, transcriptChunkChars, 'b'],
      [2, true, 4, 't'],
    ]);
    for (const piece of pieces) expect(requestSchemas['transcript.open'].params.safeParse(piece).success).toBe(true);
    await expect(reassembled(pieces)).resolves.toEqual({ text, name: 'kd-session.log' });
  });

  it('sends a text of exactly one chunk as one last piece, and an empty text as one empty last piece', () => {
    expect(transcriptPieces('upload-1', 'x', 'c'.repeat(transcriptChunkChars)).map((p) => [p.index, p.last, p.chunk.length])).toEqual([[0, true, transcriptChunkChars]]);
    expect(transcriptPieces('upload-1', 'x', '')).toEqual([{ uploadId: 'upload-1', name: 'x', index: 0, chunk: '', last: true }]);
  });

  it('keeps the name within the contract (255 characters, never empty) and makes ids the contract accepts', () => {
    expect(transcriptPieces('upload-1', 'n'.repeat(300), 'x')[0]!.name).toHaveLength(255);
    expect(transcriptPieces('upload-1', '', 'x')[0]!.name).toBe('transcript');
    const ids = new Set(Array.from({ length: 50 }, () => newTranscriptUploadId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('waits for each piece before sending the next (the core refuses pieces out of order)', async () => {
    const order: string[] = [];
    const send = vi.fn(async (piece: TranscriptPiece) => {
      order.push(`start ${piece.index}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push(`end ${piece.index}`);
    });
    await uploadTranscriptText(send, 'log.txt', 'x'.repeat(transcriptChunkChars + 1), 'upload-order');
    expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1']);
  });

  it('the page sends the same pieces through its bridge, and refuses a file over the core’s limit before reading it', async () => {
    const sent: TranscriptPiece[] = [];
    const bridge = { invoke: vi.fn(async (_method: string, piece: TranscriptPiece) => void sent.push(piece)) } as unknown as PoolSleuthBridge;
    const text = 'y'.repeat(transcriptChunkChars + 7);
    await openTranscriptText(bridge, 'page.log', text);
    expect(sent.map(({ uploadId: _id, ...rest }) => rest)).toEqual(transcriptPieces('same', 'page.log', text).map(({ uploadId: _id, ...rest }) => rest));
    expect(new Set(sent.map((p) => p.uploadId)).size).toBe(1);
    const read = vi.fn();
    const huge = { name: 'huge.log', size: maxRecordingBytes + 1, text: read } as unknown as File;
    await expect(openTranscriptFile(bridge, huge)).rejects.toThrow('huge.log is larger than 256 MB; PoolSleuth cannot open it.');
    expect(read).not.toHaveBeenCalled();
  });
});
