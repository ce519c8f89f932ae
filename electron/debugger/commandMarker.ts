import { randomBytes } from 'node:crypto';
import { commandMarkerPrefix } from './commandMarkerPrefix';

export { commandMarkerPrefix };

// The framing marker echoed after each command. It must be unguessable so that
// debugger output (or a hostile dump) cannot fake the end of a command.
export function newCommandMarker(): string {
  return `${commandMarkerPrefix}${randomBytes(12).toString('hex')}`;
}

/** Commands that resume the target: no marker arrives until it breaks again. */
const resumeCommand = /^\s*(?:g|gh|gn|gu|gc|p|pa|pc|pt|ph|t|ta|tc|tt|th|wt)(?:\s|$)/i;

export function resumesTarget(command: string): boolean {
  return resumeCommand.test(command);
}

/** One line, no control characters: anything else could smuggle a second command. */
export function isSingleCommandLine(command: string): boolean {
  return !/[\x00-\x08\x0a-\x1f\x7f]/.test(command) && command.length <= 8192;
}
