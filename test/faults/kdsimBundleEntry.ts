// Entry of the fault matrix's kdsim bundle: what `poolsleuth kdsim …` runs (electron/cli/main.ts).
import { runKdsimCli } from '../../electron/kdsim/kdsimCli';

runKdsimCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kdsim: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
