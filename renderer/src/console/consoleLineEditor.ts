// Interleaves the debugger's output with the line the user is typing. The core
// writes prompt, command and output; we draw the edit line locally after it.
// Whenever output arrives the edit line is erased, the output written, and the
// edit line redrawn once xterm has parsed everything — only then is the cursor
// column (where the prompt ended) known exactly.
import { CommandHistory } from './commandHistory';
import { drawEditLine, eraseEditLine, type CellPosition } from './editLineLayout';
import { LineEditBuffer } from './lineEditBuffer';
import { decodeTerminalInput, type EditAction } from './terminalInputDecoder';

/** The slice of xterm's Terminal the editor needs; tests pass a recorder. */
export interface EditorTerminal {
  write(data: string, callback?: () => void): void;
  readonly cols: number;
  /** Cursor column after everything written so far has been parsed. */
  cursorX(): number;
}

export interface LineEditorCallbacks {
  /** The user pressed Enter on a line. */
  submit(line: string): void;
  /** Ctrl+C without a selection. Return true when it was taken as a break-in. */
  interrupt(): boolean;
}

interface ShownEditLine {
  startCol: number;
  cursor: CellPosition;
}

type BufferEditType = Exclude<EditAction['type'], 'text' | 'enter' | 'clear-line' | 'history-previous' | 'history-next' | 'interrupt'>;

/** The keys that only move the cursor or delete text: each reports whether the line changed (Left at the start does not). */
const bufferEdits: Record<BufferEditType, (b: LineEditBuffer) => boolean> = {
  backspace: (b) => b.backspace(),
  delete: (b) => b.deleteForward(),
  left: (b) => b.left(),
  right: (b) => b.right(),
  'word-left': (b) => b.wordLeft(),
  'word-right': (b) => b.wordRight(),
  home: (b) => b.home(),
  end: (b) => b.end(),
  'kill-to-end': (b) => b.killToEnd(),
  'kill-to-start': (b) => b.killToStart(),
};

export class ConsoleLineEditor {
  private readonly buffer = new LineEditBuffer();
  private shown: ShownEditLine | null = null;
  private outputInFlight = 0;
  private drawScheduled = false;
  private suspended = 0;

  constructor(
    private readonly term: EditorTerminal,
    private readonly callbacks: LineEditorCallbacks,
    readonly history: CommandHistory = new CommandHistory(),
  ) {}

  get editText(): string {
    return this.buffer.text;
  }

  /** Keys and pasted text from xterm's onData. */
  handleInput(data: string): void {
    for (const action of decodeTerminalInput(data)) this.apply(action);
  }

  /**
   * Debugger output (already sanitized by the core). `rendered` runs once xterm has
   * parsed the chunk — the moment to count it for flow control.
   */
  writeOutput(data: string, rendered?: (chars: number) => void): void {
    if (data.length === 0) return;
    this.hide();
    this.outputInFlight++;
    this.term.write(data, () => {
      this.outputInFlight--;
      rendered?.(data.length);
      this.scheduleDraw();
    });
  }

  /**
   * Runs `change` with the edit line taken off the screen, e.g. a resize: xterm
   * reflows immediately, so erasing afterwards with old geometry would miss.
   */
  withEditLineHidden(change: () => void): void {
    this.hide();
    this.suspended++;
    this.term.write('', () => {
      try {
        change();
      } finally {
        this.suspended--;
        this.scheduleDraw();
      }
    });
  }

  private apply(action: EditAction): void {
    const b = this.buffer;
    switch (action.type) {
      case 'text':
        b.insert(action.text);
        return this.redraw();
      case 'enter':
        return this.submit();
      case 'clear-line':
        return this.abandonLine();
      case 'history-previous':
        return this.recall(this.history.previous(b.text));
      case 'history-next':
        return this.recall(this.history.next());
      case 'interrupt':
        if (this.callbacks.interrupt()) return;
        // Not a break-in: Ctrl+C abandons the line being typed, as in a shell.
        return this.abandonLine();
      default:
        return this.redrawIf(bufferEdits[action.type](b));
    }
  }

  /** Ctrl+U, and Ctrl+C when it is not a break-in: the typed line goes, history starts over. */
  private abandonLine(): void {
    this.history.resetNavigation();
    if (this.buffer.isEmpty) return;
    this.buffer.clear();
    this.redraw();
  }

  /** Up/Down: show the history entry, if there is one in that direction. */
  private recall(entry: string | null): void {
    if (entry === null) return;
    this.buffer.set(entry);
    this.redraw();
  }

  private submit(): void {
    const line = this.buffer.text;
    this.history.add(line);
    // The core echoes prompt and command when it starts the command, so the
    // typed line must leave the screen now or it would appear twice.
    this.hide();
    this.buffer.clear();
    this.callbacks.submit(line);
    this.scheduleDraw();
  }

  private redrawIf(changed: boolean): void {
    if (changed) this.redraw();
  }

  private redraw(): void {
    if (!this.shown) {
      this.scheduleDraw();
      return;
    }
    const { startCol } = this.shown;
    const drawn = drawEditLine(this.buffer.characters, this.buffer.cursor, startCol, this.term.cols);
    this.term.write(eraseEditLine(this.shown.cursor, startCol) + drawn.sequence);
    this.shown = { startCol, cursor: drawn.cursor };
  }

  private hide(): void {
    if (!this.shown) return;
    // An empty edit line leaves the cursor where output continues anyway.
    if (!this.buffer.isEmpty || this.shown.cursor.row !== 0 || this.shown.cursor.col !== this.shown.startCol) {
      this.term.write(eraseEditLine(this.shown.cursor, this.shown.startCol));
    }
    this.shown = null;
  }

  private scheduleDraw(): void {
    if (this.shown || this.drawScheduled || this.suspended > 0) return;
    this.drawScheduled = true;
    // An empty write's callback runs once everything queued before it is parsed.
    this.term.write('', () => {
      this.drawScheduled = false;
      if (this.shown || this.outputInFlight > 0 || this.suspended > 0) return;
      let startCol = this.term.cursorX();
      let prefix = '';
      if (startCol >= this.term.cols) {
        // The prompt filled the row; start the edit line on a fresh one.
        prefix = '\r\n';
        startCol = 0;
      }
      const drawn = drawEditLine(this.buffer.characters, this.buffer.cursor, startCol, this.term.cols);
      this.term.write(prefix + drawn.sequence);
      this.shown = { startCol, cursor: drawn.cursor };
    });
  }
}
