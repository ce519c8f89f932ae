// Per-kind parsers of ONE command's output (no prompt/command line in the text): what a
// session that frames its own commands should call, with the command line for context.
import { parseAnalyzeOutput } from './analyzeParser';
import { parseLnOutput } from './lnParser';
import { parseModuleListOutput } from './moduleListParser';
import { parsePoolFindOutput } from './poolFindParser';
import { parsePoolOutput } from './poolParser';
import { parsePoolUsedOutput } from './poolUsedParser';
import type { KindResult, ParserKind } from './resultTypes';
import { parseStackOutput } from './stackParser';
import { parseVerifierLogOutput } from './verifierLogParser';
import { parseVerifierPoolOutput } from './verifierPoolParser';
import { parseVmOutput } from './vmParser';

export type CommandOutputParser = (lines: string[], command: string | null) => KindResult;

/** Kinds that are the output of a debugger command (banner, poolmon, transcript are not). */
export const outputParsers: Partial<Record<ParserKind, CommandOutputParser>> = {
  analyze: parseAnalyzeOutput,
  verifier3: parseVerifierPoolOutput,
  verifier80: parseVerifierLogOutput,
  ln: parseLnOutput,
  poolused: parsePoolUsedOutput,
  poolfind: parsePoolFindOutput,
  pool: parsePoolOutput,
  vm: parseVmOutput,
  lm: parseModuleListOutput,
  stack: parseStackOutput,
};
