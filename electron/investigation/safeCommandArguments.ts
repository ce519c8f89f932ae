// Every value read from the target (module names, addresses, tags) passes the parsers'
// strict validators before it is put on a debugger command line. A dump can carry a
// module named "evil.sys;.shell calc": the step then fails with a finding that names
// the text, and nothing is sent.
import { commandLineAddress, isSafeModuleName, isSafePoolTag } from '../parsers';
import { StepFailure } from './stepErrors';
import type { StepContext } from './stepTypes';

export class UnsafeTargetText extends StepFailure {
  constructor(
    readonly what: string,
    readonly text: string,
  ) {
    super(`Refused to put the ${what} ${JSON.stringify(text)} read from the target on a debugger command line: it is not a plain ${what}.`);
    this.name = 'UnsafeTargetText';
  }
}

/** Records the refusal as a finding, then fails the step. */
export function refuse(ctx: StepContext, what: string, text: string): never {
  const failure = new UnsafeTargetText(what, text);
  ctx.addFinding({ kind: 'unsafe-target-text', severity: 'error', what, text, title: `Unsafe ${what} from the target`, detail: failure.message });
  throw failure;
}

export function safeModule(ctx: StepContext, name: string, what = 'module name'): string {
  if (!isSafeModuleName(name)) refuse(ctx, what, name);
  return name;
}

export function safeAddress(ctx: StepContext, address: string, what = 'address'): string {
  const normalised = commandLineAddress(address);
  if (normalised === null) refuse(ctx, what, address);
  return normalised;
}

export function safeTag(ctx: StepContext, tag: string): string {
  if (!isSafePoolTag(tag)) refuse(ctx, 'pool tag', tag);
  return tag;
}

/** "MyDriver.sys" -> "MyDriver": lm and ln take the module name, !verifier the image name. */
export function moduleNameOf(imageName: string): string {
  return imageName.replace(/\.(sys|dll|exe)$/i, '');
}
