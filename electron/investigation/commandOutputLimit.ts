// Raw output stays attached to its step, but a full verifier log is ~50 MB: reports
// keep the head and the tail of very long outputs and say how much was left out
// (the session transcript still holds all of it).

const HEAD_CHARS = 256 * 1024;
const TAIL_CHARS = 64 * 1024;

export function limitOutput(output: string): { output: string; omitted: number } {
  if (output.length <= HEAD_CHARS + TAIL_CHARS) return { output, omitted: 0 };
  const omitted = output.length - HEAD_CHARS - TAIL_CHARS;
  const head = output.slice(0, HEAD_CHARS);
  const tail = output.slice(output.length - TAIL_CHARS);
  return { output: `${head}\n[… ${omitted} characters omitted by PoolSleuth …]\n${tail}`, omitted };
}
