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

/**
 * `totalChars`: the whole output's length when `output` is only its start (an output the
 * session spilled to disk past its memory cap); the rest counts as left out.
 */
export function capCommandOutput(output: string, maxChars = defaultOutputCap, totalChars = output.length): CappedOutput {
  const partial = totalChars > output.length;
  if (output.length <= maxChars && !partial) return { text: output, omittedChars: 0, omittedLines: 0 };
  const lineEnd = output.lastIndexOf('\n', maxChars);
  const kept = output.length <= maxChars ? output : output.slice(0, lineEnd > maxChars / 2 ? lineEnd + 1 : maxChars);
  const rest = output.slice(kept.length);
  const omittedChars = totalChars - kept.length;
  // Lines are counted only in the part held in memory.
  const omittedLines = rest.split('\n').filter((l, i, all) => l.length > 0 || i < all.length - 1).length;
  const lines = partial ? '' : ` (${omittedLines} lines)`;
  const note = `[output cut: ${omittedChars} of ${totalChars} characters${lines} left out; narrow the command, e.g. an address or a quantity]`;
  return { text: `${kept}${kept.endsWith('\n') ? '' : '\n'}${note}\n`, omittedChars, omittedLines };
}
