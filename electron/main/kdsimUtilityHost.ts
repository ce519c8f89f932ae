// kdsim inside an Electron utilityProcess: its commands arrive as port messages
// (kdsimPortMessages.ts) instead of stdin, Ctrl+C as an 'interrupt' message instead
// of SIGINT; it writes to stdout, which the main process reads as a pipe.
import { PassThrough } from 'node:stream';
import { runKdsimCli } from '../kdsim/kdsimCli';
import { readKdsimPortMessage } from './kdsimPortMessages';

/** The part of Electron's ParentPort (or a test's stand-in) this needs. */
export interface KdsimMessageSource {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

export async function runKdsimOverPort(port: KdsimMessageSource, args: string[]): Promise<number> {
  const input = new PassThrough();
  const interrupts = new Set<() => void>();
  port.on('message', ({ data }) => {
    const message = readKdsimPortMessage(data);
    if (message?.type === 'stdin') input.write(message.data);
    else if (message?.type === 'end') input.end();
    else if (message?.type === 'interrupt') for (const interrupt of interrupts) interrupt();
  });
  return runKdsimCli(args, {
    input,
    onInterrupt: (interrupt) => {
      interrupts.add(interrupt);
      return () => interrupts.delete(interrupt);
    },
  });
}
