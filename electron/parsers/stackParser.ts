// k, kb, kn, kv, kp (and combinations): the call stack of the current thread.
import { isOverlong } from './lineSplitter';
import { parseCommandsOfKind } from './commandsOfKind';
import type { MultiResult, StackResult } from './resultTypes';
import { collectFrames } from './stackFrameLine';
import { WarningList } from './warningList';

export function parseStackOutput(lines: string[], command: string | null = null): StackResult {
  const warnings = new WarningList();
  const usable = lines.map((l) => (isOverlong(l) ? '' : l));
  const { frames } = collectFrames(usable, 0, false);
  if (frames.length === 0) warnings.add('no stack frames found');
  const missing = frames.filter((f) => f.symbol === null).length;
  if (missing > 0) warnings.add(`${missing} frames have no symbol`);
  return { command, frames, warnings: warnings.toArray() };
}

export function parseStack(text: string): StackResult | MultiResult<StackResult> {
  return parseCommandsOfKind(text, 'stack', parseStackOutput);
}
