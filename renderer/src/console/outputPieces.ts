// How a `console.output` event reaches xterm: in pieces (xterm parses one write in one go
// and yields only between writes), each acknowledged to the core once rendered. The core
// counts its own characters; when the page shows other text (typed notes translated,
// consoleNoteTexts.ts) the acknowledgement is still the event's length, given once the
// last piece is rendered, so flow control neither stalls nor over-credits.
import type { ConsoleLineEditor } from './consoleLineEditor';

export const writePieceChars = 8 * 1024;

export function writeOutputPieces(
  editor: Pick<ConsoleLineEditor, 'writeOutput'>,
  data: string,
  shown: string,
  rendered: (chars: number) => void,
  pieceChars = writePieceChars,
): void {
  if (shown === data) {
    for (let at = 0; at < data.length; at += pieceChars) editor.writeOutput(data.slice(at, at + pieceChars), rendered);
    return;
  }
  if (shown.length === 0) {
    if (data.length > 0) rendered(data.length);
    return;
  }
  for (let at = 0; at < shown.length; at += pieceChars) {
    const last = at + pieceChars >= shown.length;
    editor.writeOutput(shown.slice(at, at + pieceChars), last ? () => rendered(data.length) : undefined);
  }
}
