// Are the driver's symbols loaded, with line info? `lmv m <module>` tells; deferred
// symbols are loaded with .reload /f, missing ones get a warning with the fix.
import { parseModuleListOutput } from '../../../parsers';
import { outputLines } from '../../outputLines';
import { moduleNameOf, safeModule } from '../../safeCommandArguments';
import type { StepContext, StepDefinition } from '../../stepTypes';
import { skipWithoutDriver } from './leakStepPreconditions';

async function readModule(ctx: StepContext, module: string) {
  const output = await ctx.run(`lmv m ${module}`);
  if (output === null) return null;
  const result = parseModuleListOutput(outputLines(output), `lmv m ${module}`);
  return result.modules.find((m) => m.name.toLowerCase() === module.toLowerCase()) ?? result.modules[0] ?? null;
}

export const driverSymbolsStep: StepDefinition = {
  id: 'driver-symbols',
  title: "Check the driver's symbols",
  why: "ln turns caller addresses into file:line only when the driver's private PDB is loaded.",
  skipReason: skipWithoutDriver,
  async run(ctx) {
    const image = safeModule(ctx, ctx.facts.driver!.name, 'driver name');
    const module = moduleNameOf(image);
    let entry = await readModule(ctx, module);
    if (entry && /deferred/i.test(entry.symbolStatus ?? '')) {
      await ctx.run(`.reload /f ${image}`);
      entry = (await readModule(ctx, module)) ?? entry;
    }
    if (!entry) {
      if (ctx.canAnswer(`lmv m ${module}`)) {
        ctx.warn('driver-not-loaded', `${module} is not in the loaded module list: ln cannot resolve its caller addresses; load its symbols with .reload /f ${image} (or /unl for an unloaded image).`);
      }
      return;
    }
    const status = entry.symbolStatus;
    const noPdb = /export|no symbols|none/i.test(status ?? '');
    ctx.addFinding({
      kind: 'symbols',
      severity: noPdb ? 'warning' : 'info',
      module: entry.name,
      symbolStatus: status,
      lineInfo: noPdb ? false : null,
      title: noPdb ? `No PDB loaded for ${entry.name} (${status})` : `${entry.name}: ${status ?? 'symbols loaded'}`,
      detail: noPdb
        ? `Without the driver's PDB there is no function name or file:line for its callers. Add the folder holding ${module}.pdb: .sympath+ <folder> then .reload /f ${image}.`
        : entry.symbolFile,
    });
    if (noPdb) ctx.facts.lineInfo = false;
  },
};
