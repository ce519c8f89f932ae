// Test stand-in for Electron's utilityProcess side: runs the real kdsim host
// (electron/main/kdsimUtilityHost.ts) in a Node child process whose IPC channel
// plays the parent port. Started by utilityProcessTransport.test.ts through tsx.
import { runKdsimOverPort } from '../../../electron/main/kdsimUtilityHost';

const port = {
  on: (_event: 'message', listener: (event: { data: unknown }) => void) => process.on('message', (data) => listener({ data })),
};
const [command, ...args] = process.argv.slice(2);
if (command !== 'kdsim') process.exit(2);
process.exit(await runKdsimOverPort(port, args));
