// The prompts kd and cdb print (always without a trailing newline):
//   kd>        single-processor kernel target
//   lkd>       local kernel debugging (kd -kl)
//   0: kd>     multi-processor kernel target (processor number)
//   0:000>     user-mode (process:thread) in cdb
//   0:000:x86> WOW64 user-mode
//   Input>     the debugger waits for input requested by a command
const promptBody = String.raw`(?:\d{1,4}: kd> |kd> |lkd> |\d{1,4}:\d{3,5}(?::x86|:ARM|:arm64)?> |Input> )`;

/** A prompt at the very start of a text. */
export const promptAtStart = new RegExp(`^${promptBody}`);
/** A prompt at the very end of a text (the debugger printed it and now waits). */
export const promptAtEnd = new RegExp(`${promptBody}$`);

const longestPrompt = 24;

/**
 * True when `text` might still grow into a prompt (e.g. "0: k" split across
 * chunks), so the caller waits for more bytes. Over-approximates on purpose:
 * waiting a little longer is harmless, deciding too early is not.
 */
export function couldBecomePrompt(text: string): boolean {
  return text.length < longestPrompt && /^[0-9A-Za-z:> ]*$/.test(text) && !promptAtStart.test(text);
}
