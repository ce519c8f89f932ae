// The source viewer's public entry point. Anything in the renderer (the
// investigation's findings, console links) calls `openSourceLocation(file,
// line)`; the viewer mounted by App (SourceViewerHost) shows it. Module-level
// so callers need no props or context.
export interface SourceLocationRequest {
  /** The path as the debugger printed it, e.g. `d:\coding\wdmdrivers\mydriver\handleioctl.c`. */
  file: string;
  /** 1-based line to show highlighted. */
  line: number;
}

type Listener = (request: SourceLocationRequest) => void;
const listeners = new Set<Listener>();

/** Opens the source viewer at `file`:`line` (through Settings → Source paths). */
export function openSourceLocation(file: string, line: number): void {
  if (!file || !Number.isInteger(line) || line < 1) return;
  for (const listener of listeners) listener({ file, line });
}

export function onSourceLocationRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
