// A stack frame of a hand-written scenario whose four arguments kd shows as zero (most
// frames: only the bug check's own frame has arguments worth writing out).
import type { ScenarioInput } from '../scenarioSchema';

type FrameInput = NonNullable<ScenarioInput['stack']>[number];

/** `file` and `line` for a frame in code with private symbols (k prints "[file @ line]"). */
export function zeroArgumentFrame(childSp: string, retAddr: string, symbol: string, file?: string, line?: number): FrameInput {
  return {
    childSp,
    retAddr,
    args: ['0', '0', '0', '0'],
    symbol,
    ...(file ? { file, line } : {}),
  };
}
