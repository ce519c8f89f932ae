// A fake kd for the flood benchmark, run as a child process over real pipes: it prints a
// prompt before reading each line, answers `.echo <text>`, and `!flood <bytes>` prints
// exactly <bytes> bytes of kd-like text (`!verifier 0x80` blocks) honouring the pipe's
// backpressure, then the prompt. Other lines print nothing.
import process from 'node:process';
import readline from 'node:readline';

const out = process.stdout;
out.write('Microsoft (R) Windows Debugger Version 10.0.26100.1 AMD64\nKernel Debugger (flood benchmark fake)\n\nkd> ');

/** One kd-like verifier log block; the counter makes every block different. */
function block(n) {
  const address = (0xffffe00012340000n + BigInt(n) * 0x40n).toString(16).padStart(16, '0');
  const addr = `${address.slice(0, 8)}\`${address.slice(8)}`;
  return (
    '======================================================================\n' +
    `Pool block ${addr}, Size 0000000000000040, Thread ffffe001\`1a2b3c40\n` +
    'fffff801a2b3c4d5 nt!VerifierExAllocatePoolWithTag+0x55\n' +
    'fffff801a2b4e6f7 nt!ExAllocatePoolWithTag+0x1d\n' +
    'fffff80112345678 leakydrv!HandleIoctl+0x88\n' +
    'fffff801a2c0ffee nt!IopXxxControlFile+0x607\n'
  );
}

function flood(bytes) {
  return new Promise((resolve) => {
    let left = bytes;
    let n = 0;
    const pump = () => {
      while (left > 0) {
        let piece = '';
        while (piece.length < 65536 && left - piece.length > 0) piece += block(n++);
        if (piece.length > left) piece = piece.slice(0, left - 1) + '\n';
        left -= piece.length;
        if (!out.write(piece)) return void out.once('drain', pump);
      }
      resolve();
    };
    pump();
  });
}

const lines = readline.createInterface({ input: process.stdin });
const queue = [];
let busy = false;
lines.on('line', (line) => {
  queue.push(line);
  void next();
});
async function next() {
  if (busy) return;
  busy = true;
  while (queue.length > 0) {
    const line = queue.shift().trim();
    const echo = /^\.echo\s+(.*)$/.exec(line);
    const wanted = /^!flood\s+(\d+)$/.exec(line);
    if (line === 'q') process.exit(0);
    if (echo) out.write(`${echo[1]}\n`);
    else if (wanted) await flood(Number(wanted[1]));
    out.write('kd> ');
  }
  busy = false;
}
// kd never exits on stdin EOF by itself here either: the session ends it with `q` or by ending the process.
lines.on('close', () => undefined);
