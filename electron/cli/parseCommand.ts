// `poolsleuth parse <kind> <file>...` — prints one JSON object per input file, one per
// line, in order ("-" reads standard input). Exit 0 even with parser warnings; 2 with a
// usage message for an unknown or missing kind; 1 when a file cannot be read (the other
// files are still parsed and printed).
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { isParserKind, parseKinds, parsers } from '../parsers/index';
import { writeStdoutJson } from './terminalText';

function usage(): string {
  return [
    'usage: poolsleuth parse <kind> <file>...   ("-" reads standard input)',
    `kinds: ${parseKinds.join(', ')}`,
    '',
  ].join('\n');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function decode(buf: Buffer): string {
  // UTF-16 LE logs (WinDbg .logopen /u) start with a BOM.
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function runParseCommand(args: string[]): Promise<number> {
  const [kind, ...files] = args;
  if (kind === undefined || kind === '--help' || kind === '-h') {
    process.stderr.write(usage());
    return 2;
  }
  if (!isParserKind(kind)) {
    process.stderr.write(`poolsleuth parse: unknown kind '${kind}'\n${usage()}`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`poolsleuth parse: no input file (use - for standard input)\n${usage()}`);
    return 2;
  }
  let exit = 0;
  let stdinText: string | null = null;
  for (const file of files) {
    let text: string;
    try {
      if (file === '-') {
        stdinText ??= await readStdin();
        text = stdinText;
      } else {
        text = decode(await readFile(file));
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`poolsleuth parse: cannot read '${file}'${code ? ` (${code})` : ''}\n`);
      exit = 1;
      continue;
    }
    const result = parsers[kind](text);
    writeStdoutJson(JSON.stringify(result) + '\n');
  }
  return exit;
}
