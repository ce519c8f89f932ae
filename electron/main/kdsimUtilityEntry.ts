// Entry of the demo target's utilityProcess (built to out/kdsim/kdsim-utility.mjs by
// build/scripts/buildNodeEntries.mjs): `kdsim [options]` over the parent port.
import { runKdsimOverPort } from './kdsimUtilityHost';

const [command, ...args] = process.argv.slice(2);
if (command !== 'kdsim') {
  process.stderr.write(`kdsim-utility: expected 'kdsim', got '${command ?? ''}'\n`);
  process.exit(2);
}
process.exit(await runKdsimOverPort(process.parentPort, args));
