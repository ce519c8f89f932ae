// !verifier [flags [image]] and the pool Allocate/Free log walk of !verifier 0x80
// [address|quantity] (also written "!verifier 80 ..."). The log walk is produced in
// chunks with event-loop turns in between, so Ctrl+C / SIGINT can stop it.
import { formatPointer, hexDigits, parseHex, tryParseHex, type Arch } from '../addressFormat';
import { formatVerifierStatus } from '../outputLayout/verifierStatusLayout';
import { VerifierLogModel, type LogRecord } from '../verifierLogModel';
import type { CommandContext } from './commandTypes';

const SEPARATOR = '======================================================================';
const CHUNK_ENTRIES = 2048;
/** Output is written (and Ctrl+C checked) at least every this many characters. */
const FLUSH_CHARS = 4096;

function formatBlock(arch: Arch, record: LogRecord): string {
  const lines = [
    SEPARATOR,
    `Pool block ${formatPointer(arch, record.address)}, Size ${formatPointer(arch, record.size)}, Thread ${formatPointer(arch, record.thread)}`,
  ];
  for (const frame of record.frames) lines.push(`${formatPointer(arch, parseHex(frame.address))} ${frame.symbol}`);
  return lines.join('\n') + '\n';
}

function isQuantity(arch: Arch, value: bigint): boolean {
  return arch === 'x86' ? value < 0x80000000n : value < 0xffff800000000000n;
}

async function walkLog(ctx: CommandContext, argument: string | undefined): Promise<void> {
  const { state } = ctx;
  const arch = state.arch;
  const verifier = state.scenario.verifier;
  await ctx.write('\nLog of recent kernel pool Allocate and Free operations:\n\n');
  if (!verifier?.log || (Number(parseHex(verifier.flags)) & 0x8) === 0) {
    await ctx.write('Pool tracking is not enabled, so the kernel pool Allocate and Free log is empty.\n');
    return;
  }
  const log = new VerifierLogModel(verifier.log);
  let address: bigint | null = null;
  let quantity = log.length;
  if (argument !== undefined) {
    let value: bigint;
    try {
      value = state.evaluate(argument);
    } catch {
      await ctx.write(`Couldn't resolve error at '${argument}'\n`);
      return;
    }
    if (isQuantity(arch, value)) quantity = Math.min(Number(value), log.length);
    else address = value;
  }
  const width = arch === 'x64' ? 16 : 8;
  const capacityText = hexDigits(log.capacity, width);
  await ctx.write(`There are up to 0x${log.capacity.toString(16)} entries in the log.\n\n`);
  await ctx.write(
    address === null
      ? `Parsing 0x${capacityText} log entries.\n\n\n`
      : `Parsing 0x${capacityText} log entries, searching for address 0x${formatPointer(arch, address)}.\n\n\n`,
  );
  // Newest entries first, as the allocation nearest the failure is the interesting one.
  const limit = address === null ? quantity : log.length;
  let pending = '';
  let parsed = 0;
  for (let start = 0; start < limit; start += CHUNK_ENTRIES) {
    if (ctx.interrupted()) return;
    const end = Math.min(limit, start + CHUNK_ENTRIES);
    for (let n = start; n < end; n++) {
      const index = log.length - 1 - n;
      if (address !== null && log.isFillerIndex(index) && !log.fillerMayMatch(address)) continue;
      const record = log.at(index);
      if (address !== null && record.address !== address) continue;
      pending += formatBlock(arch, record);
      // kd notices Ctrl+C between records: a slow channel must not delay the break by a whole chunk.
      if (pending.length >= FLUSH_CHARS) {
        await ctx.write(pending);
        pending = '';
        if (ctx.interrupted()) return;
      }
    }
    parsed = end;
    if (pending) {
      await ctx.write(pending);
      pending = '';
    }
    await ctx.yieldToEvents();
  }
  if (ctx.interrupted()) return;
  const total = address === null ? parsed : log.capacity;
  await ctx.write(
    `Parsed entry ${hexDigits(total, width)}/${capacityText}...\nFinished parsing all pool tracking information.\n`,
  );
}

export async function verifierCommand(ctx: CommandContext): Promise<void> {
  const tokens = ctx.args.split(/\s+/).filter((t) => t !== '');
  const flagsText = tokens[0] ?? '0';
  const flagsValue = tryParseHex(flagsText);
  if (flagsValue === null) {
    await ctx.write(`Couldn't resolve error at '${flagsText}'\n`);
    return;
  }
  const flags = Number(flagsValue);
  if (flags === 0x80) {
    await walkLog(ctx, tokens[1]);
    return;
  }
  const state = ctx.state;
  await ctx.write(
    formatVerifierStatus(state.scenario.verifier, {
      arch: state.arch,
      layout: state.layout,
      flags,
      image: tokens[1] ?? null,
      resolver: state.resolver,
    }),
  );
}
