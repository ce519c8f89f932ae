// Text read back as line-aligned chunks: each chunk but the last ends with '\n', so a
// consumer that works per line (secret redaction, CRLF conversion, a parser) never sees
// a line cut in two, and memory holds one chunk (plus one long line at most), never the file.
import { createReadStream } from 'node:fs';

/** Regroups any chunked text into chunks that end at a line end (the last one may not). */
export async function* alignToLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    const end = text.lastIndexOf('\n') + 1;
    // A line longer than a chunk is passed on once it passes 16 M characters (it must not grow without bound).
    if (end === 0 && text.length < 16 * 1024 * 1024) {
      carry = text;
      continue;
    }
    const cut = end === 0 ? text.length : end;
    carry = text.slice(cut);
    yield text.slice(0, cut);
  }
  if (carry.length > 0) yield carry;
}

/** A UTF-8 text file as line-aligned chunks of about `chunkBytes`. */
export function fileLineChunks(file: string, chunkBytes = 1 << 20): AsyncGenerator<string> {
  return alignToLines(createReadStream(file, { encoding: 'utf8', highWaterMark: chunkBytes }) as AsyncIterable<string>);
}
