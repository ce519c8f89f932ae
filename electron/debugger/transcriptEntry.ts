// One recorded event of a session. Secrets never enter a transcript: only
// commands, debugger output and state changes are recorded.
export interface TranscriptEntry {
  time: string;
  /**
   * `output`: a command's answer (or the banner); `unsolicited`: what the debugger printed
   * while no command of ours was waiting for an answer (a DbgPrint line at the prompt, the
   * text of a break with nothing running) — kept in order, never a command's output.
   */
  direction: 'input' | 'output' | 'unsolicited' | 'state';
  text: string;
}
