// `k` at the bug check: the stack with source lines (!analyze's STACK_TEXT has none).
// The first frame outside the kernel is the code that touched the block — the line to fix.
import { parseStackOutput, type StackFrame } from '../../../parsers';
import { outputLines } from '../../outputLines';
import type { StepDefinition } from '../../stepTypes';

const KERNEL_FRAME = /^(nt|hal|ntkrnlmp|ntoskrnl|ntkrnlpa|VerifierExt|Wdf01000|wdf01000)!/i;

/** The first frame whose symbol is outside the kernel (and its helpers): the driver's code. */
export function firstDriverFrame(frames: readonly StackFrame[]): StackFrame | null {
  return frames.find((f) => f.symbol !== null && f.symbol.includes('!') && !KERNEL_FRAME.test(f.symbol)) ?? null;
}

export const faultingStackStep: StepDefinition = {
  id: 'faulting-stack',
  title: 'Read the faulting stack with source lines',
  why: 'The bug check stopped in the code that touched the damaged memory: its first driver frame, with file and line, is where to look.',
  skipReason: (facts) => (facts.bugcheck ? null : { code: 'no-bugcheck-stack' }),
  async run(ctx) {
    const output = await ctx.run('k');
    if (output === null) return;
    const frames = parseStackOutput(outputLines(output), 'k').frames;
    ctx.facts.faultingStack = frames;
    const frame = firstDriverFrame(frames) ?? firstDriverFrame(ctx.facts.analyze?.stack ?? []);
    if (!frame) return;
    const where = frame.file ? `${frame.file}${frame.line !== null ? ` @ ${frame.line}` : ''}` : 'no source line (load the driver’s private PDB)';
    ctx.addFinding({ kind: 'note', severity: 'warning', title: `Faulting code: ${frame.symbol}`, detail: where });
  },
};
