// Memory display and edit: dd/dc/db [address] [L count], du, dS (UNICODE_STRING), and
// ed/eb (live targets only) — enough for nt!PoolHitTag and the C4 driver-name argument.
import { formatPointerTick, parseHex } from '../addressFormat';
import type { KdState } from '../kdState';
import { MemoryModel } from '../memoryModel';
import { ExpressionError } from '../symbolResolver';
import type { CommandContext } from './commandTypes';
import { resolveError, syntaxError } from './commandTypes';

const models = new WeakMap<KdState, MemoryModel>();

export function memoryOf(state: KdState): MemoryModel {
  let model = models.get(state);
  if (!model) {
    model = new MemoryModel(state);
    models.set(state, model);
  }
  return model;
}

interface Range {
  address: bigint;
  count: number | null;
}

function parseRange(ctx: CommandContext): Range | string {
  const m = /^(.*?)(?:\s+[lL](\??)\s*(?:0x)?([0-9a-fA-F]+))?\s*$/.exec(ctx.args);
  const expr = (m?.[1] ?? '').trim();
  if (expr === '') return syntaxError(ctx, ctx.text);
  try {
    const address = ctx.state.evaluate(expr);
    const count = m?.[3] ? parseInt(m[3], 16) : null;
    return { address, count };
  } catch (err) {
    return err instanceof ExpressionError && err.kind === 'syntax' ? syntaxError(ctx, ctx.text) : resolveError(expr);
  }
}

/** A display command (dd, du, …): kd's error when the range does not parse, else `show` over the target's memory. */
function memoryDisplay(
  show: (ctx: CommandContext, range: Range, mem: MemoryModel) => Promise<void>,
): (ctx: CommandContext) => Promise<void> {
  return async (ctx) => {
    const range = parseRange(ctx);
    if (typeof range === 'string') {
      await ctx.write(range);
      return;
    }
    await show(ctx, range, memoryOf(ctx.state));
  };
}

function printable(byte: number | null): string {
  return byte !== null && byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : byte === null ? '?' : '.';
}

export const dumpCommand = memoryDisplay(async (ctx, range, mem) => {
  const arch = ctx.state.arch;
  const kind = ctx.name.toLowerCase();
  const lines: string[] = [];
  if (kind === 'db') {
    const total = range.count ?? 0x80;
    for (let off = 0; off < total; off += 16) {
      const at = range.address + BigInt(off);
      const n = Math.min(16, total - off);
      const bytes = Array.from({ length: n }, (_, i) => mem.readByte(at + BigInt(i)));
      const hex = bytes.map((b, i) => (b === null ? '??' : b.toString(16).padStart(2, '0')) + (i === 7 && n > 8 ? '-' : ' ')).join('').trimEnd();
      lines.push(`${formatPointerTick(arch, at)}  ${hex.padEnd(47)}  ${bytes.map(printable).join('')}`);
    }
  } else {
    const total = range.count ?? 0x20;
    for (let idx = 0; idx < total; idx += 4) {
      const at = range.address + BigInt(idx * 4);
      const n = Math.min(4, total - idx);
      const dwords: string[] = [];
      const chars: string[] = [];
      for (let d = 0; d < n; d++) {
        const bytes = [0, 1, 2, 3].map((i) => mem.readByte(at + BigInt(d * 4 + i)));
        dwords.push(bytes.some((b) => b === null) ? '????????' : bytes.map((b) => b!.toString(16).padStart(2, '0')).reverse().join(''));
        chars.push(bytes.map(printable).join(''));
      }
      const row = `${formatPointerTick(arch, at)}  ${dwords.join(' ')}`;
      lines.push(kind === 'dc' ? `${row.padEnd(formatPointerTick(arch, at).length + 2 + 35)}  ${chars.join('')}` : row);
    }
  }
  await ctx.write(lines.join('\n') + '\n');
});

export const unicodeCommand = memoryDisplay(async (ctx, range, mem) => {
  const arch = ctx.state.arch;
  if (ctx.name === 'dS') {
    // UNICODE_STRING: Length, MaximumLength, (padding on x64), Buffer.
    const bufferOffset = arch === 'x64' ? 8 : 4;
    const width = arch === 'x64' ? 8 : 4;
    const read = (offset: number, size: number): bigint | null => {
      let value = 0n;
      for (let i = size - 1; i >= 0; i--) {
        const b = mem.readByte(range.address + BigInt(offset + i));
        if (b === null) return null;
        value = (value << 8n) | BigInt(b);
      }
      return value;
    };
    const length = read(0, 2);
    const buffer = read(bufferOffset, width);
    if (length === null || buffer === null) {
      await ctx.write(`Memory read error ${formatPointerTick(arch, range.address)}\n`);
      return;
    }
    const text = mem.readUtf16(buffer, Number(length) / 2);
    await ctx.write(`${formatPointerTick(arch, buffer)}  "${text ?? ''}"\n`);
    return;
  }
  const text = mem.readUtf16(range.address);
  if (text === null) {
    await ctx.write(`${formatPointerTick(arch, range.address)}  "????"\n`);
    return;
  }
  await ctx.write(`${formatPointerTick(arch, range.address)}  "${text}"\n`);
});

export async function editCommand(ctx: CommandContext): Promise<void> {
  const tokens = ctx.args.split(/\s+/).filter((t) => t !== '');
  const [target, ...values] = tokens;
  if (!target || values.length === 0) {
    await ctx.write(syntaxError(ctx, ctx.text));
    return;
  }
  let address: bigint;
  try {
    address = ctx.state.evaluate(target);
  } catch {
    await ctx.write(resolveError(target));
    return;
  }
  const size = ctx.name.toLowerCase() === 'eb' ? 1 : 4;
  const bytes: number[] = [];
  for (const v of values) {
    let n: bigint;
    try {
      n = parseHex(v);
    } catch {
      await ctx.write(syntaxError(ctx, ctx.text));
      return;
    }
    for (let i = 0; i < size; i++) bytes.push(Number((n >> BigInt(8 * i)) & 0xffn));
  }
  if (!memoryOf(ctx.state).writeBytes(address, bytes)) {
    await ctx.write(`Memory write error at ${formatPointerTick(ctx.state.arch, address)}\n`);
  }
}
