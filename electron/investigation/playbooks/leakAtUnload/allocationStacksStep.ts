// Allocation call stacks from Driver Verifier's pool log. kd scans the whole log
// (0x10000 entries) for every `!verifier 0x80 <addr>`, so with more than a few
// allocations we ask for the log once and filter it here, streaming through the text;
// with a few we ask per address (that is what a person would type, and it is short).
import { normalizeAddress, VerifierLogStream, type VerifierLogBlock } from '../../../parsers';
import { safeAddress } from '../../safeCommandArguments';
import type { StepContext, StepDefinition, StreamedOutput } from '../../stepTypes';
import { skipWithoutAllocations } from './leakStepPreconditions';

const CHUNK = 1 << 20;
const PARSED_ENTRY = /Parsed entry\s+([0-9a-fA-F`]+)\/([0-9a-fA-F`]+)/g;

/** Reports "Parsed entry x/y" progress while kd walks the log. */
function watchLogProgress(ctx: StepContext): () => void {
  let carry = '';
  return ctx.watchOutput((text) => {
    const window = carry + text;
    let last: RegExpExecArray | null = null;
    for (let m = PARSED_ENTRY.exec(window); m; m = PARSED_ENTRY.exec(window)) last = m;
    PARSED_ENTRY.lastIndex = 0;
    carry = window.slice(-80);
    if (last) {
      const done = Number.parseInt(last[1]!.replace('`', ''), 16);
      const total = Number.parseInt(last[2]!.replace('`', ''), 16);
      if (Number.isFinite(done) && Number.isFinite(total) && total > 0) ctx.progress(done, total, `kd parsed ${done} of ${total} log entries`);
    }
  });
}

/** In-memory text as ~1 M character chunks, so the parser and the UI get turns. */
function textChunks(text: string): StreamedOutput {
  return {
    chunks: (async function* () {
      for (let at = 0; at < text.length; at += CHUNK) yield text.slice(at, at + CHUNK);
    })(),
    totalChars: text.length,
  };
}

/**
 * Feeds log text through the streaming parser in chunks (yielding between them so the
 * UI stays live) and keeps the newest allocate entry per wanted address: kd prints the
 * log newest first, so the first allocate entry seen is the outstanding allocation.
 * The text may be a stream (an output the session spilled to disk: read back, never whole in memory).
 */
export async function collectAllocationEntries(
  input: string | StreamedOutput,
  wanted: ReadonlySet<string>,
  found: Map<string, VerifierLogBlock>,
  onChunk?: (done: number, total: number) => void,
): Promise<VerifierLogStream> {
  const stream = new VerifierLogStream({
    keepBlocks: false,
    filter: (b) => b.address !== null && b.operation !== 'free' && wanted.has(b.address) && !found.has(b.address),
  });
  const take = (blocks: VerifierLogBlock[]) => {
    for (const b of blocks) if (b.address && !found.has(b.address)) found.set(b.address, b);
  };
  const { chunks, totalChars } = typeof input === 'string' ? textChunks(input) : input;
  let done = 0;
  for await (const chunk of chunks) {
    take(stream.push(chunk));
    done += chunk.length;
    onChunk?.(Math.min(done, totalChars), totalChars);
    if (totalChars > CHUNK) await new Promise((resolve) => setImmediate(resolve));
  }
  take(stream.end());
  return stream;
}

export const allocationStacksStep: StepDefinition = {
  id: 'allocation-stacks',
  title: 'Collect allocation call stacks',
  why: "Driver Verifier's log (!verifier 0x80) keeps the call stack of the most recent 0x10000 allocations and frees: it shows the code path that leaked.",
  skipReason: skipWithoutAllocations('no-allocations'),
  async run(ctx) {
    const addresses: string[] = [];
    for (const a of ctx.facts.verifiedDriver!.allocations) {
      if (a.address === null) continue;
      const address = safeAddress(ctx, a.address, 'allocation address');
      if (!addresses.includes(address)) addresses.push(address);
    }
    const wanted = new Set(addresses.map((a) => normalizeAddress(a)!));
    const found = ctx.facts.allocationStacks;
    found.clear();
    const timeoutMs = ctx.options.longCommandTimeoutMs;
    const onePass = addresses.length > ctx.options.perAddressLogLimit && ctx.canAnswer('!verifier 0x80');
    const streams: VerifierLogStream[] = [];
    /** Addresses the log was actually searched for (offline logs may lack some lookups). */
    let searched: string[] = [];
    if (onePass) {
      const stop = watchLogProgress(ctx);
      let output: StreamedOutput | null;
      try {
        // Streamed: a log past the session's memory cap is read back from disk, tail included.
        output = await ctx.runStreamed('!verifier 0x80', { timeoutMs });
      } finally {
        stop();
      }
      if (output !== null) {
        searched = [...wanted];
        streams.push(
          await collectAllocationEntries(output, wanted, found, (done, total) =>
            ctx.progress(done, total, `Filtering the log for ${wanted.size} allocations`),
          ),
        );
      }
    } else {
      const commands = addresses.map((a) => `!verifier 0x80 ${a}`);
      ctx.progress(0, commands.length, `!verifier 0x80 on ${commands.length} allocation${commands.length === 1 ? '' : 's'}`);
      const outputs = await ctx.runBatchStreamed(commands, { timeoutMs });
      for (let i = 0; i < outputs.length; i++) {
        const output = outputs[i];
        if (output === null || output === undefined) continue;
        searched.push(normalizeAddress(addresses[i])!);
        streams.push(await collectAllocationEntries(output, wanted, found));
      }
      ctx.progress(commands.length, commands.length);
      const unsearched = addresses.length - searched.length;
      if (unsearched > 0 && searched.length > 0) {
        ctx.warn('stacks-not-recorded', `${unsearched} of ${addresses.length} allocations were never looked up in the recorded log. Their sites are listed without a stack; run !verifier 0x80 <address> (or !verifier 0x80 for the whole log) to get them.`);
      }
    }
    if (streams.length === 0) return;
    ctx.facts.logCapacity = streams.find((s) => s.logCapacity !== null)?.logCapacity ?? null;
    const logEmpty = streams.every((s) => s.logCapacity === null && s.blocksSeen === 0);
    if (logEmpty) {
      ctx.warn('verifier-log-empty', 'Pool Tracking keeps no Allocate/Free log on this target, so there are no allocation stacks.');
      return;
    }
    const asked = searched.length;
    const missing = searched.filter((a) => !found.has(a)).length;
    if (missing > 0) {
      const capacity = ctx.facts.logCapacity ? `0x${ctx.facts.logCapacity.toString(16)}` : 'its capacity of';
      ctx.warn(
        'verifier-log-wrapped',
        `${missing} of ${asked} allocations are not in the verifier log. The log keeps only the most recent ${capacity} pool operations; older allocations have been overwritten. Their sites are still listed, without a stack. Reproduce the leak closer to the unload to capture them.`,
      );
    }
  },
};
