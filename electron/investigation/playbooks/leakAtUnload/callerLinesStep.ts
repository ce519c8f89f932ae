// `ln <caller>` for every distinct caller address, pipelined: N lookups, one round trip.
import { normalizeAddress, parseLnOutput } from '../../../parsers';
import { outputLines } from '../../outputLines';
import { safeAddress } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { skipWithoutAllocations } from './leakStepPreconditions';

export const callerLinesStep: StepDefinition = {
  id: 'caller-lines',
  title: 'Find the source line of each caller',
  why: 'ln on a caller address gives the function, the offset and — with line info — the file and line that allocated.',
  skipReason: skipWithoutAllocations('no-allocations-to-look-up'),
  async run(ctx) {
    const callers = new Set<string>();
    for (const a of ctx.facts.verifiedDriver!.allocations) {
      if (a.caller === null) continue;
      callers.add(safeAddress(ctx, a.caller, 'caller address'));
    }
    const addresses = [...callers];
    if (addresses.length === 0) return;
    ctx.progress(0, addresses.length, `ln on ${addresses.length} caller${addresses.length === 1 ? '' : 's'}`);
    const outputs = await ctx.runBatch(addresses.map((a) => `ln ${a}`));
    let withoutLine = 0;
    addresses.forEach((address, i) => {
      const output = outputs[i];
      if (output === null || output === undefined) return;
      const result = parseLnOutput(outputLines(output), `ln ${address}`);
      ctx.facts.callers.set(normalizeAddress(address)!, result);
      if (result.file === null) withoutLine++;
    });
    ctx.progress(addresses.length, addresses.length);
    const answered = addresses.filter((_, i) => outputs[i] !== null).length;
    if (answered > 0 && withoutLine > 0) {
      ctx.facts.lineInfo = false;
      ctx.warn(
        'line-info-missing',
        `No source line for ${withoutLine} of ${answered} callers. The driver's PDB has no line information loaded (private PDB missing, or .lines off). Function names and offsets are still shown; add the PDB folder with .sympath+ and .reload /f.`,
      );
    } else if (answered > 0 && ctx.facts.lineInfo === null) {
      ctx.facts.lineInfo = true;
    }
  },
};
