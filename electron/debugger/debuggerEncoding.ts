// The character encoding of a debugger's pipe. kd/cdb write the host's ANSI code
// page to a pipe, not UTF-8: on a Chinese or Japanese Windows, source and module
// paths arrive as GBK / Shift_JIS bytes. Decoding is streaming (iconv-lite keeps a
// multi-byte character split across chunks), and what we write is encoded the same way.
import iconv from 'iconv-lite';
import { debuggerEncodings, type DebuggerEncoding } from '../contract';

export { debuggerEncodings, type DebuggerEncoding };

export interface OutputDecoder {
  /** Text for `chunk`; bytes of a character not yet complete are kept for the next call. */
  write(chunk: Uint8Array): string;
}

const iconvName: Record<DebuggerEncoding, string> = {
  'utf-8': 'utf8',
  cp1252: 'cp1252',
  cp936: 'cp936',
  cp932: 'cp932',
  cp949: 'cp949',
  'utf-16le': 'utf16le',
};

export function isDebuggerEncoding(name: string): name is DebuggerEncoding {
  return (debuggerEncodings as readonly string[]).includes(name);
}

export function createOutputDecoder(encoding: DebuggerEncoding): OutputDecoder {
  const decoder = iconv.getDecoder(iconvName[encoding], { stripBOM: true });
  return { write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) };
}

/** Bytes for the debugger's stdin; characters the code page lacks become '?' (kd would see them so too). */
export function encodeForDebugger(encoding: DebuggerEncoding, text: string): Uint8Array {
  return iconv.encode(text, iconvName[encoding], { addBOM: false });
}

/**
 * A Windows code page number (from the registry's ACP, `chcp`, `[Console]::OutputEncoding`)
 * or a POSIX `locale charmap` name as one of ours; null when we do not support it.
 */
export function encodingFromCodePage(value: string | number): DebuggerEncoding | null {
  const text = String(value).trim().toLowerCase().replace(/^cp|^windows-|^ibm/, '');
  switch (text) {
    case '65001':
    case 'utf-8':
    case 'utf8':
      return 'utf-8';
    // ASCII (a POSIX C locale): UTF-8 decodes it the same and keeps a UTF-8 kdsim readable.
    case 'ansi_x3.4-1968':
    case 'us-ascii':
      return 'utf-8';
    case '1252':
    case 'iso-8859-1':
    case 'iso8859-1':
      return 'cp1252';
    case '936':
    case 'gbk':
    case 'gb2312':
    case 'gb18030':
      return 'cp936';
    case '932':
    case 'shift_jis':
    case 'sjis':
      return 'cp932';
    case '949':
    case 'euc-kr':
    case 'uhc':
      return 'cp949';
    case '1200':
    case 'utf-16le':
      return 'utf-16le';
    default:
      return null;
  }
}
