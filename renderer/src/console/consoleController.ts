// Owns the xterm instance and everything attached to it: addons (fit, search,
// links, WebGL with DOM fallback), the local line editor, and flow-control acks.
// React mounts it once; the component only forwards events and callbacks.
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon, type ISearchOptions } from '@xterm/addon-search';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { WebglAddon } from '@xterm/addon-webgl';
import { Terminal, type ILink, type ITheme } from '@xterm/xterm';
import { AckBatcher } from './ackBatcher';
import { CommandHistory, localStorageHistory } from './commandHistory';
import { ConsoleLineEditor } from './consoleLineEditor';
import { writeOutputPieces, writePieceChars } from './outputPieces';
import { findSourceLocations } from './sourceLocationLinks';
import { hasHardwareWebgl } from './webglSupport';

export interface ConsoleControllerCallbacks {
  submit(line: string): void;
  /** Ctrl+C without a selection; return true when it became a break-in. */
  interrupt(): boolean;
  ack(chars: number): void;
  openSearch(): void;
  searchResults(resultIndex: number, resultCount: number): void;
  /** A source location (ln/k output) was clicked. */
  openSource(file: string, line: number): void;
  /**
   * A URL in debugger output was clicked. The target printed it, so it is never opened
   * from here: the view asks the user first (ConfirmLinkDialog).
   */
  linkClicked(uri: string): void;
}

export type ConsoleRendererKind = 'webgl' | 'dom';

const searchDecorations: ISearchOptions['decorations'] = {
  matchBackground: '#5a4a12',
  matchBorder: '#e8c15a',
  matchOverviewRuler: '#e8c15a',
  activeMatchBackground: '#8a6d12',
  activeMatchBorder: '#ffd866',
  activeMatchColorOverviewRuler: '#ffd866',
};

export class ConsoleController {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private readonly search = new SearchAddon({ highlightLimit: 2000 });
  private readonly editor: ConsoleLineEditor;
  private readonly acks: AckBatcher;
  private webgl: WebglAddon | null = null;
  private disposed = false;
  rendererKind: ConsoleRendererKind = 'dom';

  constructor(
    private readonly host: HTMLElement,
    private readonly callbacks: ConsoleControllerCallbacks,
    theme: ITheme,
  ) {
    const term = new Terminal({
      screenReaderMode: true,
      scrollback: 100_000,
      convertEol: true,
      cursorBlink: true,
      cursorStyle: 'bar',
      fontFamily: '"Cascadia Mono", "Cascadia Code", Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
      fontSize: 13,
      lineHeight: 1.15,
      theme,
      allowProposedApi: true, // search decorations
      macOptionIsMeta: true,
      // OSC 8 hyperlinks (the sanitiser already shows their ESC as text; this is the
      // second line of defence): asked about like any other link.
      linkHandler: { activate: (event, uri) => this.onLinkClicked(event, uri), allowNonHttpProtocols: false },
    });
    this.term = term;
    this.acks = new AckBatcher((chars) => callbacks.ack(chars));
    this.editor = new ConsoleLineEditor(
      {
        write: (data, cb) => term.write(data, cb),
        get cols() {
          return term.cols;
        },
        cursorX: () => term.buffer.active.cursorX,
      },
      { submit: callbacks.submit, interrupt: callbacks.interrupt },
      new CommandHistory(500, localStorageHistory('poolsleuth.consoleHistory')),
    );

    this.term.loadAddon(this.fit);
    this.term.loadAddon(this.search);
    this.term.loadAddon(
      new WebLinksAddon((event, uri) => this.onLinkClicked(event, uri)),
    );
    this.search.onDidChangeResults(({ resultIndex, resultCount }) => callbacks.searchResults(resultIndex, resultCount));
    this.term.registerLinkProvider({ provideLinks: (row, done) => done(this.sourceLinksOnRow(row)) });
    this.term.attachCustomKeyEventHandler((ev) => this.handleKey(ev));
    this.term.onData((data) => this.editor.handleInput(data));
    this.term.open(host);
    this.enableWebgl();
    // The grid size, for tests and tools that need to find a cell on screen.
    this.term.onResize(({ cols, rows }) => Object.assign(host.dataset, { cols: String(cols), rows: String(rows) }));
    this.fit.fit();
    Object.assign(host.dataset, { cols: String(term.cols), rows: String(term.rows) });
  }

  private onLinkClicked(event: MouseEvent, uri: string): void {
    event.preventDefault();
    this.callbacks.linkClicked(uri);
  }

  /**
   * Console text from the core; acknowledged once xterm has rendered it. xterm
   * parses each write in one go and yields only between writes, so a 64 K event
   * is handed over in 8 K pieces: a huge output never blocks the page for long.
   * `shown`: the event's text as the page shows it (typed notes translated); the
   * acknowledgement still counts the core's characters (`data.length`).
   */
  writeOutput(data: string, shown: string = data): void {
    writeOutputPieces(this.editor, data, shown, (chars) => this.acks.rendered(chars));
  }

  /** Local text (hints, errors): shown dimmed, never acknowledged to the core. */
  /**
   * Text the session printed before this view existed (`console.recent` after a reload):
   * written like output, but not acknowledged — flow control only counts live events.
   */
  writeRestored(data: string): void {
    for (let at = 0; at < data.length; at += writePieceChars) this.editor.writeOutput(data.slice(at, at + writePieceChars));
  }

  /** Lines kept above the screen (Settings → Console scrollback). */
  setScrollback(lines: number): void {
    this.term.options.scrollback = lines;
  }

  writeNotice(text: string, tone: 'info' | 'error' = 'info'): void {
    const style = tone === 'error' ? '\x1b[31m' : '\x1b[2m';
    this.editor.writeOutput(`${style}${text.replace(/[\x00-\x1f\x7f]/g, ' ')}\x1b[0m\r\n`);
  }

  fitToHost(): void {
    if (this.disposed || this.host.clientWidth === 0 || this.host.clientHeight === 0) return;
    const dims = this.fit.proposeDimensions();
    if (!dims || (dims.cols === this.term.cols && dims.rows === this.term.rows)) return;
    this.editor.withEditLineHidden(() => this.fit.fit());
  }

  setTheme(theme: ITheme): void {
    this.term.options.theme = theme;
  }

  focus(): void {
    this.term.focus();
  }

  clear(): void {
    this.editor.withEditLineHidden(() => this.term.clear());
  }

  /** The selection, or (without one) the whole scrollback, as plain text. */
  textForCopy(): { text: string; lines: number } {
    const selection = this.term.getSelection();
    if (selection) return { text: selection, lines: selection.split('\n').length };
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (!line) continue;
      // Wrapped rows continue the previous line.
      if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += line.translateToString(true);
      else lines.push(line.translateToString(true));
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return { text: lines.join('\n'), lines: lines.length };
  }

  findNext(query: string, incremental = false): boolean {
    return query ? this.search.findNext(query, { decorations: searchDecorations, incremental }) : false;
  }

  findPrevious(query: string): boolean {
    return query ? this.search.findPrevious(query, { decorations: searchDecorations }) : false;
  }

  clearSearch(): void {
    this.search.clearDecorations();
  }

  dispose(): void {
    this.disposed = true;
    this.acks.flush();
    this.term.dispose();
  }

  private handleKey(ev: KeyboardEvent): boolean {
    if (ev.type !== 'keydown') return true;
    const ctrl = ev.ctrlKey || ev.metaKey;
    const key = ev.key.toLowerCase();
    if (ctrl && key === 'f') {
      ev.preventDefault();
      this.callbacks.openSearch();
      return false;
    }
    if (ctrl && key === 'c' && (ev.shiftKey || this.term.hasSelection())) {
      // With a selection Ctrl+C copies, as in Windows Terminal; without, it breaks in.
      // Returning false leaves the browser's copy event to xterm; the clipboard API is a backup.
      const text = this.term.getSelection();
      if (text) void navigator.clipboard?.writeText(text).catch(() => undefined);
      return false;
    }
    if (ev.key === 'Tab' && !ctrl && !ev.altKey) {
      // kd over pipes has no completion; Tab moves focus so keyboard users can leave the console.
      return false;
    }
    if (ctrl && !ev.altKey && key === 'v') {
      // xterm would send ^V; let the browser deliver a paste event instead.
      return false;
    }
    return true;
  }

  /** Links for `file.c(50)` and `[file.c @ 50]` on one buffer row (1-based, as xterm asks). */
  private sourceLinksOnRow(row: number): ILink[] | undefined {
    const line = this.term.buffer.active.getLine(row - 1);
    if (!line) return undefined;
    const text = line.translateToString(true);
    const links = findSourceLocations(text).map<ILink>((m) => ({
      range: { start: { x: m.start + 1, y: row }, end: { x: m.end, y: row } },
      text: text.slice(m.start, m.end),
      decorations: { underline: true, pointerCursor: true },
      activate: () => this.callbacks.openSource(m.file, m.line),
    }));
    return links.length ? links : undefined;
  }

  private enableWebgl(): void {
    const gpu = webglRendererName();
    this.host.dataset.webgl = gpu ?? 'none';
    if (!hasHardwareWebgl(gpu)) {
      // No GPU (software rasterizer): the DOM renderer is faster.
      this.rendererKind = 'dom';
      this.host.dataset.renderer = 'dom';
      return;
    }
    try {
      const webgl = new WebglAddon();
      webgl.onContextLoss(() => {
        // GPU reset or driver trouble: fall back to the DOM renderer for good.
        webgl.dispose();
        this.webgl = null;
        this.rendererKind = 'dom';
        this.host.dataset.renderer = 'dom';
      });
      this.term.loadAddon(webgl);
      this.webgl = webgl;
      this.rendererKind = 'webgl';
    } catch {
      this.webgl = null;
      this.rendererKind = 'dom';
    }
    this.host.dataset.renderer = this.rendererKind;
  }
}

/** The GPU (or software rasterizer) WebGL would draw with, or null without WebGL. */
function webglRendererName(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}
