// Opens a recorded session for offline analysis: our own saved transcript (JSON lines,
// electron/debugger/transcriptFile) or a text log — a colleague's WinDbg `.logopen`
// file or a pasted console — split at its prompts by the parsers' transcript kind.
import { readFile } from 'node:fs/promises';
import type { TranscriptEntry } from '../../debugger/transcriptEntry';
import { pairCommandsWithOutputs, parseTranscript as parseTranscriptFile, TranscriptFormatError } from '../../debugger/transcriptFile';
import { parseBanner, parseTranscript as parseTranscriptText, splitSession, type BannerResult } from '../../parsers';
import type { TargetKind } from '../targetCapabilities';
import { TranscriptCommandRunner, type RecordedCommand } from './transcriptCommandRunner';

export interface OpenedTranscript {
  runner: TranscriptCommandRunner;
  banner: BannerResult | null;
  targetKind: TargetKind;
  format: 'poolsleuth-transcript' | 'text-log';
  notes: string[];
}

/**
 * Our JSON-lines transcript: each command with its output, paired exactly as the replay
 * pairs them (batches write all inputs first; a reconnect drops unanswered inputs).
 */
export function commandsFromSavedTranscript(entries: readonly TranscriptEntry[]): RecordedCommand[] {
  const out: RecordedCommand[] = [];
  for (const item of pairCommandsWithOutputs(entries)) {
    // a command without any recorded output was never answered (the connection dropped)
    if (item.command !== null && item.outputs.length > 0) out.push({ command: item.command, output: item.outputs.join('') });
  }
  return out;
}

/** What the debugger printed at start-up, when the transcript recorded it (null for older files). */
export function bannerOfSavedTranscript(entries: readonly TranscriptEntry[]): string | null {
  const first = pairCommandsWithOutputs(entries)[0];
  return first !== undefined && first.command === null ? first.outputs.join('') : null;
}

/** A text log: each prompt line with a command starts that command's output. */
export function commandsFromTextLog(text: string): RecordedCommand[] {
  return splitSession(text).sections.map((s) => ({ command: s.command, output: s.outputLines.join('\n') }));
}

function isTargetKind(value: string | null | undefined): value is TargetKind {
  return value === 'dump' || value === 'live' || value === 'local';
}

function kindOf(value: string | null | undefined): TargetKind {
  return value === 'live' || value === 'local' ? value : 'dump';
}

export function openTranscriptText(text: string): OpenedTranscript {
  const notes: string[] = [];
  if (text.trimStart().startsWith('{"format":"poolsleuth-transcript"')) {
    const transcript = parseTranscriptFile(text);
    const commands = commandsFromSavedTranscript(transcript.entries);
    const bannerText = bannerOfSavedTranscript(transcript.entries);
    const banner = bannerText === null ? null : parseBanner(bannerText);
    notes.push(`PoolSleuth transcript of ${transcript.header.target.description}: ${commands.length} commands.`);
    return {
      runner: new TranscriptCommandRunner(commands),
      banner,
      // the header's kind when it names one; else what the recorded banner says
      targetKind: kindOf(isTargetKind(transcript.header.target.kind) ? transcript.header.target.kind : banner?.target),
      format: 'poolsleuth-transcript',
      notes,
    };
  }
  const parsed = parseTranscriptText(text);
  const commands = commandsFromTextLog(text);
  if (commands.length === 0) throw new TranscriptFormatError('No debugger commands found in the log (no "kd> <command>" prompt lines).');
  notes.push(`Text log: ${commands.length} commands.`);
  return {
    runner: new TranscriptCommandRunner(commands),
    banner: parsed.banner,
    targetKind: kindOf(parsed.banner?.target),
    format: 'text-log',
    notes,
  };
}

export async function openTranscriptRunner(file: string): Promise<OpenedTranscript> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  // WinDbg writes .logopen files as UTF-16LE when asked (/u); accept both.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  else if (text.length > 1 && text.charCodeAt(1) === 0) text = (await readFile(file)).toString('utf16le').replace(/^\ufeff/, '');
  return openTranscriptText(text);
}
