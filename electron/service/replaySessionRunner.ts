// The investigation's runner for a replayed session: commands run through the session
// (so the console shows them, framed like any other), and "does the recording hold an
// answer?" is asked of the replay, so a step reports "No data in the recorded log"
// instead of reading an empty answer.
import type { DebuggerSession } from '../debugger/debuggerSession';
import type { ReplayTransport } from '../debugger/replayTransport';
import type { CommandRunner } from '../investigation/commandRunner';

export function replaySessionRunner(session: DebuggerSession, replay: ReplayTransport): CommandRunner {
  return {
    execute: (command, options) => session.execute(command, options),
    executeBatch: (commands, options) => session.executeBatch(commands, options),
    interrupt: () => session.interrupt(),
    hasAnswer: (command) => replay.hasAnswer(command),
    recordedCommands: () => replay.recordedCommands(),
  };
}
