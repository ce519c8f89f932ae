// Small pieces the conclusion builders share: source locations, module names, advice.
import { conclusionMessage, type ConclusionMessage, type ConclusionParam } from '../../contract/conclusionMessages';
import type { AdvisedOption } from '../optionAdvice';
import type { InvestigationOptions } from '../investigationOptions';
import type { TypedConclusion } from './conclusionInput';

/** "c:\src\leakydrv\record.c", 41 → "record.c:41". */
export function sourceText(file: string | null, line: number | null): string | null {
  if (!file) return null;
  const name = file.split(/[\\/]/).pop() ?? file;
  return line !== null ? `${name}:${line}` : name;
}

/** "leakydrv!LeakyAllocateRecord+0x29" → "leakydrv". */
export function moduleOfSymbol(symbol: string | null): string | null {
  const bang = symbol?.indexOf('!') ?? -1;
  return bang > 0 ? symbol!.slice(0, bang) : null;
}

/** "fn (record.c:41)", or the function alone when no source line is known. */
export function functionAt(fn: ConclusionParam, file: string | null, line: number | null): ConclusionMessage {
  const where = sourceText(file, line);
  return where ? conclusionMessage('function-at', { function: fn, where }) : conclusionMessage('text', { text: fn });
}

/** Advice naming a user choice, worded for the shell (investigation/optionAdvice.ts). */
export function advice(options: Pick<InvestigationOptions, 'shell'>, option: AdvisedOption): ConclusionMessage {
  return conclusionMessage(`advise-${option}-${options.shell}`);
}

/** An answer that names nobody yet: inconclusive, with what is missing and what to run. */
export function noSuspectsYet(summary: ConclusionMessage, next: ConclusionMessage): TypedConclusion {
  return { verdict: 'inconclusive', summary, suspects: [], next };
}
