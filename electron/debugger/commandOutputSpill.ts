// One command's output, kept in memory up to a cap and spilled to a file beyond it.
//
// A full `!verifier 0x80` is ~33 MB of text; a debugger that floods prints without end.
// Below the cap the text stays in memory as before; past it everything (what was held
// and all that follows) goes to a file in the session's temp folder and memory holds
// nothing more. Parsers that need the whole output read it back as a stream of chunks
// (`chunks()`), e.g. the verifier log's streaming parser. Nothing is dropped.
import { closeSync, createReadStream, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface CommandOutputSpillOptions {
  /** Folder for spill files (the session's temp folder), or a function that makes it when the first file is needed. */
  dir: string | (() => string);
  /** Characters kept in memory before spilling (default 64 M characters: a full 33 MB `!verifier 0x80` stays in memory). */
  memoryCapChars?: number;
  /** Characters of the start kept in memory after spilling, for `head` (default 64 K). */
  headChars?: number;
}

let spillCounter = 0;

export class CommandOutputSpill {
  /** Held text in flat blocks of ~256 K characters. */
  private memory: string[] = [];
  /** Pieces appended since the last block. Joined into one flat string so thousands of line
   *  strings (each slicing the decoder's chunk) do not cost twice their text in memory. */
  private recent: string[] = [];
  private recentChars = 0;
  private memoryChars = 0;
  private totalChars = 0;
  private fd: number | null = null;
  private filePath: string | null = null;
  /** A high surrogate that ended the last text: written with its pair, never alone (UTF-8 would turn it into U+FFFD). */
  private pendingHigh = '';
  private headText = '';
  private readonly cap: number;

  constructor(private readonly options: CommandOutputSpillOptions) {
    this.cap = Math.max(0, options.memoryCapChars ?? 64 * 1024 * 1024);
  }

  /** The start of the output (all of it while in memory; the first `headChars` once spilled). */
  get head(): string {
    if (this.filePath !== null) return this.headText;
    this.flushRecent();
    return this.memory.join('');
  }

  /** Characters appended so far (in memory and on disk). */
  get length(): number {
    return this.totalChars;
  }

  /** Characters now held in memory (0 once spilled). */
  get inMemoryChars(): number {
    return this.memoryChars;
  }

  /** The spill file, or null while everything fits in memory. */
  get spillPath(): string | null {
    return this.filePath;
  }

  append(text: string): void {
    if (text.length === 0) return;
    this.totalChars += text.length;
    if (this.fd !== null) {
      this.writeFile(text);
      return;
    }
    this.recent.push(text);
    this.recentChars += text.length;
    this.memoryChars += text.length;
    if (this.recentChars >= 256 * 1024) this.flushRecent();
    if (this.memoryChars > this.cap) this.spill();
  }

  /** The whole output as one string: only for outputs known to be small (it undoes the cap). */
  async text(): Promise<string> {
    let all = '';
    for await (const chunk of this.chunks()) all += chunk;
    return all;
  }

  /**
   * The output read back in order, in chunks of about `chunkBytes` (from disk once
   * spilled). UTF-8 characters split between file reads are joined by the stream's decoder.
   */
  async *chunks(chunkBytes = 1 << 20): AsyncGenerator<string> {
    if (this.filePath === null) {
      this.flushRecent();
      for (const part of this.memory) yield part;
      return;
    }
    if (this.fd !== null && this.pendingHigh) {
      writeSync(this.fd, this.pendingHigh, null, 'utf8');
      this.pendingHigh = '';
    }
    const stream = createReadStream(this.filePath, { encoding: 'utf8', highWaterMark: chunkBytes });
    for await (const chunk of stream) yield chunk as string;
  }

  /** Deletes the spill file (the transcript keeps the text; this copy is for parsing). */
  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.filePath) rmSync(this.filePath, { force: true });
    this.filePath = null;
    this.memory = [];
    this.recent = [];
    this.recentChars = 0;
    this.memoryChars = 0;
    this.headText = '';
  }

  private spill(): void {
    const dir = typeof this.options.dir === 'string' ? this.options.dir : this.options.dir();
    mkdirSync(dir, { recursive: true });
    spillCounter += 1;
    this.filePath = path.join(dir, `command-output-${process.pid}-${Date.now()}-${spillCounter}.txt`);
    // 'wx': a fresh file of ours, never one someone planted at that name.
    this.fd = openSync(this.filePath, 'wx', 0o600);
    this.flushRecent();
    const held = this.memory.join('');
    this.memory = [];
    this.headText = held.slice(0, this.options.headChars ?? 64 * 1024);
    this.writeFile(held);
    this.memoryChars = 0;
  }

  private flushRecent(): void {
    if (this.recent.length === 0) return;
    this.memory.push(this.recent.length === 1 ? this.recent[0]! : this.recent.join(''));
    this.recent = [];
    this.recentChars = 0;
  }

  private writeFile(text: string): void {
    let data = this.pendingHigh + text;
    this.pendingHigh = '';
    const last = data.charCodeAt(data.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pendingHigh = data.slice(-1);
      data = data.slice(0, -1);
    }
    if (data.length === 0) return;
    // writeSync may write less than asked: loop until every byte is on disk.
    const bytes = Buffer.from(data, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd!, bytes, at, bytes.length - at);
  }
}
