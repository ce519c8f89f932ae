// Escape sequences that draw and erase the local edit line after the debugger's
// prompt. Positions are relative to where the edit line starts (row 0 = the row
// of the prompt), so erasing works even when the line wrapped and the screen
// scrolled. The layout mirrors xterm's auto-wrap.
import { cellWidth } from './cellWidth';

export interface CellPosition {
  row: number;
  col: number;
}

export interface EditLineLayout {
  /** Where each character starts. */
  starts: CellPosition[];
  /** Where the terminal cursor is after writing all characters (before any fix-up). */
  end: CellPosition;
}

export function layoutEditLine(chars: readonly string[], startCol: number, cols: number): EditLineLayout {
  let row = 0;
  let col = startCol;
  const starts: CellPosition[] = [];
  for (const ch of chars) {
    const width = cellWidth(ch);
    if (width > 0 && col + width > cols) {
      row++;
      col = 0;
    }
    starts.push({ row, col });
    col += width;
  }
  return { starts, end: { row, col } };
}

const csi = (n: number, final: string): string => (n > 0 ? `\x1b[${n}${final}` : '');

export interface DrawnEditLine {
  sequence: string;
  /** Where the terminal cursor is left, relative to the start of the edit line. */
  cursor: CellPosition;
}

/**
 * Writes the edit line and places the cursor at `cursorIndex`. When the text ends
 * exactly at the right margin the terminal is in "pending wrap"; we move to the next
 * row explicitly so every later relative move starts from a known cell.
 */
export function drawEditLine(chars: readonly string[], cursorIndex: number, startCol: number, cols: number): DrawnEditLine {
  const layout = layoutEditLine(chars, startCol, cols);
  let sequence = chars.join('');
  let end = layout.end;
  if (end.col >= cols) {
    sequence += '\r\n';
    end = { row: end.row + 1, col: 0 };
  }
  const target = cursorIndex < chars.length ? (layout.starts[cursorIndex] ?? end) : end;
  if (target.row !== end.row || target.col !== end.col) {
    sequence += csi(end.row - target.row, 'A') + '\r' + csi(target.col, 'C');
  }
  return { sequence, cursor: target };
}

/** Moves from the drawn cursor back to the start of the edit line and clears to the end of the screen. */
export function eraseEditLine(cursor: CellPosition, startCol: number): string {
  return csi(cursor.row, 'A') + '\r' + csi(startCol, 'C') + '\x1b[J';
}
