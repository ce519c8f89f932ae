// Test helper: the console as a UI sees it. Every `console.output` event is kept and
// acknowledged (as xterm does once it has rendered), and `sendLine` returns what the
// console showed for one line — the reply of `session.sendLine` only says it completed.
import type { CoreService } from '../../electron/service/coreService';

export interface ConsoleReader {
  text(): string;
  /** Sends a line and resolves with the console text it produced: the echo, the output (CRLF) and the next prompt. */
  sendLine(line: string): Promise<string>;
  stop(): void;
}

export function readConsole(core: CoreService): ConsoleReader {
  let text = '';
  const stop = core.onEvent((event, payload) => {
    if (event !== 'console.output') return;
    const { data } = payload as { data: string };
    text += data;
    void core.handlers['console.ack']({ chars: data.length });
  });
  return {
    text: () => text,
    async sendLine(line) {
      // Whatever is still on its way (a banner, an earlier prompt) belongs before this line.
      await new Promise((resolve) => setImmediate(resolve));
      const from = text.length;
      await core.handlers['session.sendLine']({ line });
      // The outbox sends what arrived during an I/O turn at the end of that turn.
      await new Promise((resolve) => setImmediate(resolve));
      return text.slice(from);
    },
    stop,
  };
}
