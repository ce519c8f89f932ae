// A command's output as a tool returns it: at most `maxChars`, cut at a line end,
// with a note saying how much was left out (an assistant's context is small; a
// `!verifier 0x80` over a full log is megabytes).

export interface CappedOutput {
  text: string;
  /** Characters of the output left out (0 when it fit). */
  omittedChars: number;
  omittedLines: number;
}

export const defaultOutputCap = 40_000;

export function capCommandOutput(output: string, maxChars = defaultOutputCap): CappedOutput {
  if (output.length <= maxChars) return { text: output, omittedChars: 0, omittedLines: 0 };
  const lineEnd = output.lastIndexOf('\n', maxChars);
  const kept = output.slice(0, lineEnd > maxChars / 2 ? lineEnd + 1 : maxChars);
  const rest = output.slice(kept.length);
  const omittedLines = rest.split('\n').filter((l, i, all) => l.length > 0 || i < all.length - 1).length;
  const note = `[output cut: ${rest.length} of ${output.length} characters (${omittedLines} lines) left out; narrow the command, e.g. an address or a quantity]`;
  return { text: `${kept}${kept.endsWith('\n') ? '' : '\n'}${note}\n`, omittedChars: rest.length, omittedLines };
}
