// One command's output, kept in memory up to a cap and spilled to a file beyond it.
//
// A full `!verifier 0x80` is ~33 MB of text; a debugger that floods prints without end.
// Below the cap the text stays in memory as before; past it everything (what was held
// and all that follows) goes to a file in the session's temp folder and memory holds
// nothing more. Parsers that need the whole output read it back as a stream of chunks
// (`chunks()`), e.g. the verifier log's streaming parser. Nothing is dropped, with two
// exceptions that are never silent: the session's spill files reached their disk budget,
// or the disk refused a write (ENOSPC, EFBIG…). Then the output is cut there, `truncated`
// says why, and `onTruncated` tells the session (which warns the user and marks the result).
import { closeSync, createReadStream, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SpillDiskBudget } from './spillDiskBudget';

export interface CommandOutputSpillOptions {
  /** Folder for spill files (the session's temp folder), or a function that makes it when the first file is needed. */
  dir: string | (() => string);
  /** Characters kept in memory before spilling (default 64 M characters: a full 33 MB `!verifier 0x80` stays in memory). */
  memoryCapChars?: number;
  /** Characters of the start kept in memory after spilling, for `head` (default 64 K). */
  headChars?: number;
  /** The session's disk budget for spill files (shared by all its outputs); unlimited without one. */
  diskBudget?: SpillDiskBudget;
  /** Told once when the output is cut (budget reached or a write failed), with the reason. */
  onTruncated?: (reason: string) => void;
}

/** Encoding scratch for file writes: one buffer reused instead of a new one per piece (RSS under a flood). */
const scratch = Buffer.allocUnsafe(1 << 20);

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
  private truncatedReason: string | null = null;
  private dropped = 0;

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

  /** Why the output was cut (disk budget reached, a write failed), or null when it is whole. */
  get truncated(): string | null {
    return this.truncatedReason;
  }

  /** Characters received after the cut and not kept anywhere. */
  get droppedChars(): number {
    return this.dropped;
  }

  append(text: string): void {
    if (text.length === 0) return;
    if (this.truncatedReason !== null) {
      this.dropped += text.length;
      return;
    }
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
    this.flushPendingHigh();
    const stream = createReadStream(this.filePath, { encoding: 'utf8', highWaterMark: chunkBytes });
    for await (const chunk of stream) yield chunk as string;
  }

  /** The command ended: nothing more is appended; the file is complete and closed (it stays until dispose). */
  seal(): void {
    this.flushPendingHigh();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Deletes the spill file (the transcript keeps its own link to it; this copy is for parsing). */
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
    this.flushRecent();
    const held = this.memory;
    this.memory = [];
    this.memoryChars = 0;
    // The head from the first blocks, without joining everything held (64 M characters).
    const headChars = this.options.headChars ?? 64 * 1024;
    let head = '';
    for (const block of held) {
      if (head.length >= headChars) break;
      head += block.slice(0, headChars - head.length);
    }
    this.headText = head;
    try {
      const dir = typeof this.options.dir === 'string' ? this.options.dir : this.options.dir();
      mkdirSync(dir, { recursive: true });
      spillCounter += 1;
      this.filePath = path.join(dir, `command-output-${process.pid}-${Date.now()}-${spillCounter}.txt`);
      // 'wx': a fresh file of ours, never one someone planted at that name.
      this.fd = openSync(this.filePath, 'wx', 0o600);
    } catch (err) {
      // No file: what was held is all there is; keep it in memory and cut here.
      this.filePath = null;
      this.memory = held;
      this.memoryChars = held.reduce((n, b) => n + b.length, 0);
      this.cut(`the spill file could not be created (${(err as Error).message})`);
      return;
    }
    // Block by block: joining first would cost the held text twice over (and its UTF-8 once more).
    for (let i = 0; i < held.length; i++) {
      if (this.truncatedReason === null) this.writeFile(held[i]!);
      else {
        // Cut while writing what was held: the rest of it is dropped (and counted).
        this.totalChars -= held[i]!.length;
        this.dropped += held[i]!.length;
      }
      held[i] = '';
    }
  }

  private flushRecent(): void {
    if (this.recent.length === 0) return;
    this.memory.push(this.recent.length === 1 ? this.recent[0]! : this.recent.join(''));
    this.recent = [];
    this.recentChars = 0;
  }

  private flushPendingHigh(): void {
    if (this.fd === null || !this.pendingHigh) return;
    const high = this.pendingHigh;
    this.pendingHigh = '';
    this.writeBytes(Buffer.from(high, 'utf8'), high.length);
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
    const size = Buffer.byteLength(data, 'utf8');
    const bytes = size <= scratch.length ? scratch.subarray(0, scratch.write(data, 0, 'utf8')) : Buffer.from(data, 'utf8');
    this.writeBytes(bytes, data.length);
  }

  /** Writes `bytes` (`chars` characters) within the disk budget; a refusal or an error cuts the output. */
  private writeBytes(bytes: Buffer, chars: number): void {
    const budget = this.options.diskBudget;
    if (budget && !budget.take(bytes.length)) {
      this.totalChars -= chars;
      this.dropped += chars;
      this.cut(`the session's spill files reached their disk limit of ${Math.round(budget.limitBytes / 1048576)} MB`);
      return;
    }
    try {
      // writeSync may write less than asked: loop until every byte is on disk.
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd!, bytes, at, bytes.length - at);
    } catch (err) {
      // Part of this piece may be on disk; the count says what was received and kept up to the piece before.
      this.totalChars -= chars;
      this.dropped += chars;
      const code = (err as NodeJS.ErrnoException).code;
      this.cut(`writing the spill file failed (${code ?? (err as Error).message})`);
    }
  }

  private cut(reason: string): void {
    if (this.truncatedReason !== null) return;
    this.truncatedReason = reason;
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Closing a file whose disk is full can fail too; it is closed either way.
      }
    }
    this.fd = null;
    this.pendingHigh = '';
    this.options.onTruncated?.(reason);
  }
}
