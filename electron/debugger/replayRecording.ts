// A recorded session, ready to be replayed (debugger/replayTransport.ts): read from our
// own saved transcript (JSON lines, debugger/transcriptFile.ts) or from a text log — a
// colleague's WinDbg `.logopen` file or a pasted console — cut at its prompts by the
// parsers. Both become the same thing: the banner, the prompt, the target kind and each
// command with the output it had when someone ran it.
import { parseBanner, splitSession } from '../parsers';
import { promptAtStart } from './promptPatterns';
import { pairCommandsWithOutputs, parseTranscript, TranscriptFormatError, type Transcript } from './transcriptFile';

export interface RecordedCommand {
  command: string;
  output: string;
}

export type RecordedTargetKind = 'dump' | 'live' | 'local';

export interface ReplayRecording {
  format: 'poolsleuth-transcript' | 'text-log';
  /** What was debugged, as the recording says ("demo mydriver-x86", "text log kd.log"). */
  description: string;
  /** The kind the recording names, else what its banner says, else a dump. */
  kind: RecordedTargetKind;
  /** The debugger prompt to answer with, e.g. "kd> " or "0: kd> ". */
  prompt: string;
  /** What the debugger printed at start-up; null when the recording has none. */
  banner: string | null;
  /** Commands in recorded order; a command never answered is not in here. */
  commands: RecordedCommand[];
}

const savedTranscriptStart = /^\s*\{"format":"poolsleuth-transcript"/;

function recordedKind(...candidates: (string | null | undefined)[]): RecordedTargetKind {
  for (const c of candidates) if (c === 'dump' || c === 'live' || c === 'local') return c;
  return 'dump';
}

/** Our JSON-lines transcript: each command paired with its output the way the session wrote them. */
export function recordingFromTranscript(transcript: Transcript): ReplayRecording {
  const paired = pairCommandsWithOutputs(transcript.entries);
  // Only the first start's banner: a reconnect's banner repeats it. Unsolicited text is not replayed.
  const first = paired[0];
  const banner = first && first.command === null && !first.unsolicited ? first.outputs.join('') : null;
  const commands: RecordedCommand[] = [];
  for (const item of paired) {
    // A command without any recorded output was never answered (the connection dropped).
    if (item.command !== null && item.outputs.length > 0) commands.push({ command: item.command, output: item.outputs.join('') });
  }
  return {
    format: 'poolsleuth-transcript',
    description: transcript.header.target.description,
    kind: recordedKind(transcript.header.target.kind, banner === null ? null : parseBanner(banner).target),
    prompt: transcript.header.prompt,
    banner,
    commands,
  };
}

/** A text log: each prompt line with a command starts that command's output; the lines before the first are the banner. */
export function recordingFromTextLog(text: string, name: string): ReplayRecording {
  const session = splitSession(text);
  if (session.sections.length === 0) {
    throw new TranscriptFormatError(`${name}: no debugger commands found (no "kd> <command>" prompt lines): not a debugger log or PoolSleuth transcript.`);
  }
  const banner = session.preamble.join('\n');
  // Answer with the log's own prompt when the session can frame it (": kd>" lost its processor number).
  const prompt = `${session.sections[0]!.prompt} `;
  return {
    format: 'text-log',
    description: `debugger text log, ${session.sections.length} commands`,
    kind: recordedKind(parseBanner(banner).target),
    prompt: promptAtStart.test(prompt) ? prompt : 'kd> ',
    banner: banner.trim() === '' ? null : `${banner}\n`,
    commands: session.sections.map((s) => ({ command: s.command, output: s.outputLines.join('\n') })),
  };
}

/** Either kind of recording, told apart by our transcript's header line. Damaged transcripts are reported with their line. */
export function readRecording(text: string, name: string): ReplayRecording {
  if (savedTranscriptStart.test(text)) return recordingFromTranscript(parseTranscript(text, name));
  return recordingFromTextLog(text, name);
}

/** File bytes as text: WinDbg writes `.logopen /u` logs as UTF-16LE; accept that and UTF-8 (BOM or not). */
export function recordingText(bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes.length > 1 && bytes[0] !== 0 && bytes[1] === 0);
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
  return text.replace(/^\ufeff/, '');
}
