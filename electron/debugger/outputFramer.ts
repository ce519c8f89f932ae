// Splits the debugger's output stream into per-command outputs.
//
// The session writes each command followed, on its own line, by `.echo <marker>`.
// kd then prints: <output of the command><prompt><marker>\n<prompt>
// because it prints a prompt (without newline) before reading every line. So:
//  - a command's output ends at the line that ends with its marker, after
//    removing the prompt in front of the marker;
//  - the text right after a marker line starts with the prompt kd printed
//    before reading the next command: it is stripped and reported separately.
// Only complete lines are classified, so a marker split across chunks, CRLF
// split across chunks and prompt-like text inside output are all harmless.
// No I/O of its own; the session feeds it decoded text. A command's output collects in a
// CommandOutputSpill: in memory by default; the session's spills to disk past its cap.
import { commandMarkerPrefix } from './commandMarkerPrefix';
import { CommandOutputSpill } from './commandOutputSpill';
import { couldBecomePrompt, promptAtEnd, promptAtStart } from './promptPatterns';

export interface FramerSink {
  /** Text a person should see (LF line endings, markers removed). */
  console(text: string): void;
  /**
   * The marker of the oldest in-flight command arrived. `prompt` is the prompt
   * kd printed in front of the marker: the prompt the next command will get.
   * `skipped`: an earlier marker never arrived (a break flushed the debugger's
   * input), so what was printed since went to the oldest command and this
   * command's own output cannot be told apart.
   */
  commandCompleted(marker: string, output: CommandOutputSpill, prompt: string | null, skipped: boolean): void;
  /** The debugger printed a prompt and waits for the next line. */
  prompt(prompt: string): void;
}

const endlessLineChars = 1024 * 1024;

export class OutputFramer {
  private pending = '';
  private readonly markers: string[] = [];
  private output: CommandOutputSpill;
  private atPromptPosition = false;
  private carriageReturnHeld = false;

  constructor(
    private readonly sink: FramerSink,
    /** Where each command's output collects (default: memory only, never spilled). */
    private readonly newOutput: () => CommandOutputSpill = () => new CommandOutputSpill({ dir: '', memoryCapChars: Infinity }),
  ) {
    this.output = newOutput();
  }

  /** Register the marker of a command just written (in write order). */
  expect(marker: string): void {
    this.markers.push(marker);
  }

  /** Forget everything in flight (the debugger went away). */
  reset(): void {
    this.pending = '';
    this.markers.length = 0;
    this.output.dispose();
    this.output = this.newOutput();
    this.atPromptPosition = false;
    this.carriageReturnHeld = false;
  }

  push(text: string): void {
    if (this.carriageReturnHeld) {
      text = '\r' + text;
      this.carriageReturnHeld = false;
    }
    if (text.endsWith('\r')) {
      this.carriageReturnHeld = true;
      text = text.slice(0, -1);
    }
    this.pending += text.replace(/\r\n/g, '\n');
    this.drain();
  }

  private drain(): void {
    for (;;) {
      if (this.atPromptPosition) {
        const prompt = promptAtStart.exec(this.pending);
        if (prompt) {
          this.pending = this.pending.slice(prompt[0].length);
          this.atPromptPosition = false;
          this.sink.prompt(prompt[0]);
          continue;
        }
        if (couldBecomePrompt(this.pending)) return;
        this.atPromptPosition = false;
      }
      const newline = this.pending.indexOf('\n');
      if (newline < 0) {
        this.flushEndlessLine();
        return;
      }
      // Complete lines before any marker's line go out as one block, not line by line: a
      // flood arrives as 64 K chunks of ~1,000 lines, and a string per line (several, in
      // fact, down to the console) is what made the core's heap balloon (docs/benchmarks.md).
      let end = this.pending.lastIndexOf('\n') + 1;
      const marker = this.pending.indexOf(commandMarkerPrefix);
      if (marker >= 0 && marker < end) end = this.pending.lastIndexOf('\n', marker) + 1;
      if (end > 0) {
        const block = this.pending.slice(0, end);
        this.pending = this.pending.slice(end);
        if (this.markers[0] !== undefined) this.output.append(block);
        this.sink.console(block);
        continue;
      }
      const line = this.pending.slice(0, newline);
      this.pending = this.pending.slice(newline + 1);
      this.handleLine(line);
    }
  }

  private handleLine(line: string): void {
    const head = this.markers[0];
    const matched = head === undefined ? -1 : this.indexOfMarkerEnding(line);
    if (matched >= 0) {
      const marker = this.markers[matched]!;
      const beforePrompt = line.slice(0, line.length - marker.length);
      const prompt = promptAtEnd.exec(beforePrompt)?.[0] ?? null;
      const beforeMarker = prompt ? beforePrompt.slice(0, beforePrompt.length - prompt.length) : beforePrompt;
      if (beforeMarker.length > 0) {
        this.output.append(beforeMarker);
        this.sink.console(beforeMarker + '\n');
      }
      // A later marker arriving first means the debugger dropped the earlier
      // `.echo` lines (a break can flush its input): those commands end here too.
      const completed = this.markers.splice(0, matched + 1);
      const output = this.output;
      this.output = this.newOutput();
      this.atPromptPosition = true;
      completed.forEach((m, i) => this.sink.commandCompleted(m, i === 0 ? output : this.newOutput(), prompt, i > 0));
      return;
    }
    if (head !== undefined) this.output.append(line + '\n');
    this.sink.console(line + '\n');
  }

  /**
   * A line that never ends (a flood without newlines) must not grow without bound: past
   * 1 M characters its start goes out as output; the last 4 K stay, so a prompt and a
   * marker at the line's end are still found.
   */
  private flushEndlessLine(): void {
    if (this.pending.length <= endlessLineChars) return;
    const keep = 4096;
    const fragment = this.pending.slice(0, this.pending.length - keep);
    this.pending = this.pending.slice(-keep);
    if (this.markers[0] !== undefined) this.output.append(fragment);
    this.sink.console(fragment);
  }

  private indexOfMarkerEnding(line: string): number {
    // Markers are long and random; a cheap prefix test avoids endsWith on most lines.
    if (!line.includes(commandMarkerPrefix)) return -1;
    return this.markers.findIndex((m) => line.endsWith(m));
  }
}
