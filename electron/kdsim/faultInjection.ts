// Everything kdsim writes goes through KdOutput, which applies the output-side faults:
// CRLF line endings, slow byte-by-byte output, random garbage / ANSI bytes, and exit in
// the middle of an output. Prompts and .echo lines are kept free of garbage so a session
// can still frame commands; everything else may carry it.
import iconv from 'iconv-lite';
import { faultSetting } from './faultKinds';
import { SeededRandom } from './seededRandom';
import type { FaultSpec } from './scenarioSchema';

export type OutputKind = 'banner' | 'output' | 'prompt' | 'echo';

export interface OutputFaults {
  crlf: boolean;
  slowMsPerByte: number | null;
  garbageSeed: number | null;
  exitAfterBytes: number | null;
  hangAfterCommands: number | null;
  symbolDelayMs: number;
  /** After this many command lines, stdout is closed and the process lives on. */
  closeOutputAfterCommands: number | null;
  /** At stdin EOF, print without end (what kd/cdb were reported to do). */
  eofSpin: boolean;
  /** A Ctrl+C within this many ms after `g` is lost (kd had not resumed the target yet). */
  loseEarlyBreakMs: number | null;
  /** Ctrl+C never arrives (a wrapper that swallows it). */
  ignoreBreak: boolean;
  /** `q` does not end it (a debugger too busy to quit): only ending the process does. */
  ignoreQuit: boolean;
  /** During the first run the target reboots: shutdown text, "Waiting to reconnect...", a new banner after ms. */
  reconnectOnRunMs: number | null;
  /** After this many command lines, the next command prints without end until a Ctrl+C stops it. */
  floodAfterCommands: number | null;
  /** Each run, the target's driver prints this many DbgPrint lines before the break (kd shows them with no command typed). */
  dbgPrintLinesPerRun: number | null;
}

export function outputFaultsFrom(faults: readonly FaultSpec[], crlf = false): OutputFaults {
  const result: OutputFaults = {
    crlf,
    slowMsPerByte: null,
    garbageSeed: null,
    exitAfterBytes: null,
    hangAfterCommands: null,
    symbolDelayMs: 0,
    closeOutputAfterCommands: null,
    eofSpin: false,
    loseEarlyBreakMs: null,
    ignoreBreak: false,
    ignoreQuit: false,
    reconnectOnRunMs: null,
    floodAfterCommands: null,
    dbgPrintLinesPerRun: null,
  };
  for (const fault of faults) {
    const [field, value] = faultSetting(fault);
    Object.assign(result, { [field]: value });
  }
  return result;
}

const GARBAGE_SNIPPETS: readonly Buffer[] = [
  Buffer.from('\x1b[31m'),
  Buffer.from('\x1b[0m'),
  Buffer.from('\x1b[2K'),
  Buffer.from('\x1b]0;kd\x07'),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xc3]),
  Buffer.from([0x00]),
  Buffer.from('\x08\x08'),
];

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class KdOutput {
  private commandBytes = 0;
  private readonly random: SeededRandom | null;
  terminated = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly faults: OutputFaults,
    private readonly onTerminate: (code: number) => void,
    /** iconv-lite name of the output encoding (kd writes the host's code page). */
    private readonly encoding: string = 'utf8',
  ) {
    this.random = faults.garbageSeed === null ? null : new SeededRandom(faults.garbageSeed);
  }

  async write(text: string, kind: OutputKind): Promise<void> {
    if (this.terminated || text.length === 0) return;
    const body = this.faults.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
    let bytes = this.withGarbage(this.encoding === 'utf8' ? Buffer.from(body, 'utf8') : iconv.encode(body, this.encoding), kind);
    let terminateAfter = false;
    if (this.faults.exitAfterBytes !== null && (kind === 'output' || kind === 'echo')) {
      const room = this.faults.exitAfterBytes - this.commandBytes;
      if (bytes.length >= room) {
        bytes = bytes.subarray(0, Math.max(0, room));
        terminateAfter = true;
      }
      this.commandBytes += bytes.length;
    }
    await this.emit(bytes);
    if (terminateAfter) {
      this.terminated = true;
      this.onTerminate(1);
    }
  }

  private withGarbage(bytes: Buffer, kind: OutputKind): Buffer {
    if (!this.random || (kind !== 'output' && kind !== 'banner')) return bytes;
    const parts: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0a && this.random.next() < 0.2) {
        parts.push(bytes.subarray(start, i + 1), this.random.pick(GARBAGE_SNIPPETS));
        start = i + 1;
      }
    }
    parts.push(bytes.subarray(start));
    return Buffer.concat(parts);
  }

  private async emit(bytes: Buffer): Promise<void> {
    if (bytes.length === 0) return;
    const ms = this.faults.slowMsPerByte;
    if (ms === null) {
      await this.writeChunk(bytes);
      return;
    }
    for (let i = 0; i < bytes.length && !this.terminated; i++) {
      await this.writeChunk(bytes.subarray(i, i + 1));
      if (ms > 0) await delay(ms);
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private writeChunk(chunk: Buffer): Promise<void> {
    return new Promise((resolve) => {
      let ok: boolean;
      try {
        ok = this.stream.write(chunk);
      } catch {
        this.terminated = true;
        resolve();
        return;
      }
      if (ok) resolve();
      else this.stream.once('drain', () => resolve());
    });
  }
}
