// One recorded event of a session. Secrets never enter a transcript: only
// commands, debugger output and state changes are recorded.
export interface TranscriptEntry {
  time: string;
  direction: 'input' | 'output' | 'state';
  text: string;
}
