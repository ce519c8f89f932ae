// k / kb / kn / kv text for x86 and x64, old (Windows 7/8-era debugger) and new
// (debugger 10.x) layouts. Also used for STACK_TEXT in !analyze -v.
import { formatPointer, formatPointerTick, parseHex, type Arch } from '../addressFormat';
import type { OsLayout } from '../kdState';
import type { StackFrame } from '../scenarioSchema';

export interface StackStyle {
  arch: Arch;
  layout: OsLayout;
  withArgs: boolean;
  numbered: boolean;
  withSource: boolean;
  maxFrames?: number;
}

function argWidthCount(arch: Arch): number {
  return arch === 'x64' ? 4 : 3;
}

function frameArgs(arch: Arch, frame: StackFrame): string {
  const count = argWidthCount(arch);
  const values: string[] = [];
  for (let i = 0; i < count; i++) {
    const raw = frame.args[i];
    values.push(formatPointerTick(arch, raw === undefined ? 0n : parseHex(raw)));
  }
  return values.join(' ');
}

function sourceSuffix(frame: StackFrame, style: StackStyle): string {
  return style.withSource && frame.file && frame.line ? ` [${frame.file} @ ${frame.line}]` : '';
}

export function formatStack(frames: readonly StackFrame[], style: StackStyle): string {
  const shown = style.maxFrames === undefined ? frames : frames.slice(0, style.maxFrames);
  const numbered = style.numbered || style.layout === 'win10';
  const lines: string[] = [];
  const num = (i: number): string => (numbered ? `${i.toString(16).padStart(2, '0')} ` : '');
  const numHeader = numbered ? ' # ' : '';
  if (style.arch === 'x86') {
    lines.push(style.withArgs ? `${numHeader}ChildEBP RetAddr  Args to Child              ` : `${numHeader}ChildEBP RetAddr  `);
    shown.forEach((f, i) => {
      const sp = formatPointer('x86', parseHex(f.childSp));
      const ret = formatPointer('x86', parseHex(f.retAddr));
      const args = style.withArgs ? ` ${frameArgs('x86', f)}` : '';
      lines.push(`${num(i)}${sp} ${ret}${args} ${f.symbol}${sourceSuffix(f, style)}`);
    });
  } else {
    const wide = style.layout === 'win10';
    const retHeader = wide ? 'RetAddr              ' : 'RetAddr          ';
    lines.push(
      style.withArgs
        ? `${numHeader}Child-SP          ${retHeader} : Args to Child                                                           : Call Site`
        : `${numHeader}Child-SP          ${retHeader} Call Site`,
    );
    shown.forEach((f, i) => {
      const sp = formatPointerTick('x64', parseHex(f.childSp));
      const ret = formatPointerTick('x64', parseHex(f.retAddr)) + (wide ? '    ' : '');
      const middle = style.withArgs ? ` : ${frameArgs('x64', f)} :` : '';
      lines.push(`${num(i)}${sp} ${ret}${middle} ${f.symbol}${sourceSuffix(f, style)}`);
    });
  }
  return lines.join('\n') + '\n';
}
