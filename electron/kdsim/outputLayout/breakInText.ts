// What kd prints when the target stops: a manual break-in (Ctrl+C / SIGINT), a
// PoolHitTag hit inside the pool allocator, or a fatal system error on a live target.
import { formatPointer, formatPointerTick, hexDigits, parseHex, type Arch } from '../addressFormat';

const BOX = [
  '*******************************************************************************',
  '*                                                                             *',
  '*   You are seeing this message because you pressed either                    *',
  '*       CTRL+C (if you run console kernel debugger) or,                       *',
  '*       CTRL+BREAK (if you run GUI kernel debugger),                          *',
  "*   on your debugger machine's keyboard.                                      *",
  '*                                                                             *',
  '*                   THIS IS NOT A BUG OR A SYSTEM CRASH                       *',
  '*                                                                             *',
  '* If you did not intend to break into the debugger, press the "g" key, then   *',
  '* press the "Enter" key now.  This message might immediately reappear.  If it *',
  '* does, press "g" and "Enter" again.                                          *',
  '*                                                                             *',
  '*******************************************************************************',
];

export const BREAK_EXCEPTION_LINE = 'Break instruction exception - code 80000003 (first chance)';

export function int3Line(arch: Arch, address: bigint): string {
  return `${formatPointerTick(arch, address)} cc              int     3`;
}

export function manualBreakInText(arch: Arch, symbol: string, address: bigint): string {
  return [BREAK_EXCEPTION_LINE, ...BOX, `${symbol}:`, int3Line(arch, address)].join('\n') + '\n';
}

export function poolHitText(arch: Arch, symbol: string, address: bigint): string {
  return [BREAK_EXCEPTION_LINE, `${symbol}:`, int3Line(arch, address)].join('\n') + '\n';
}

export function fatalSystemErrorBlock(arch: Arch, code: string, args: readonly string[]): string[] {
  const width = arch === 'x64' ? 16 : 8;
  const argText = args.map((a) => `0x${hexDigits(parseHex(a), width).toUpperCase()}`).join(',');
  return [
    `*** Fatal System Error: 0x${formatPointer('x86', parseHex(code))}`,
    `                       (${argText})`,
    '',
    BREAK_EXCEPTION_LINE,
    '',
    'A fatal system error has occurred.',
    'Debugger entered on first try; Bugcheck callbacks have not been invoked.',
    '',
    'A fatal system error has occurred.',
    '',
  ];
}
