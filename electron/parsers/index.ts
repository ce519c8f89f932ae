// Public API of the parsers (pure: no I/O, no Node modules).
//   parsers[kind](text)  -> result, or {results:[…]} when the text holds several commands of the kind
//   parseKinds           -> the kinds, in contract order
//   classifyCommand(cmd) -> the kind that reads a command's output (or null)
//   VerifierLogStream    -> incremental !verifier 0x80 parser
// Every function here is total: it never throws and always returns an object with `warnings`.
import { parseAnalyze } from './analyzeParser';
import { parseBanner } from './bannerParser';
import { parseLn } from './lnParser';
import { parseModuleList } from './moduleListParser';
import { parsePoolFind } from './poolFindParser';
import { parsePoolmon } from './poolmonParser';
import { parsePool } from './poolParser';
import { parsePoolUsed } from './poolUsedParser';
import type { ParseOutput, ParserKind, ResultByKind } from './resultTypes';
import { parseStack } from './stackParser';
import { parseTranscript } from './transcriptParser';
import { parseVerifierLog } from './verifierLogParser';
import { parseVerifierPool } from './verifierPoolParser';
import { parseVm } from './vmParser';

export * from './resultTypes';
export { classifyCommand } from './commandClassifier';
export { parsePromptLine, splitSession, splitSessionLines } from './commandEcho';
export type { CommandSection, PromptLine, SplitSession } from './commandEcho';
export { describeC4Subcode, lookupC4Subcode, c4Subcodes } from './bugcheckC4Subcodes';
export type { C4Subcode } from './bugcheckC4Subcodes';
export { normalizeAddress, parseHexNumber, parseHexBigInt, minimalHex, addressesEqual } from './hexAddress';
export { unescapeMarkdown } from './markdownEscape';
export { poolTagToDword, dwordToPoolTag, poolHitTagCommand } from './poolHitTag';
export {
  isSafeModuleName,
  isSafeAddress,
  isSafePoolTag,
  isSafePoolTagPattern,
  commandLineAddress,
} from './debuggerArgumentValidators';
export { VerifierLogStream, parseVerifierLogOutput, inferOperation } from './verifierLogParser';
export type { VerifierLogStreamOptions } from './verifierLogParser';
export { parseAnalyzeOutput } from './analyzeParser';
export { parseVerifierPoolOutput } from './verifierPoolParser';
export { parseLnOutput } from './lnParser';
export { parsePoolUsedOutput } from './poolUsedParser';
export { parsePoolFindOutput } from './poolFindParser';
export { parsePoolOutput } from './poolParser';
export { parseVmOutput } from './vmParser';
export { parseModuleListOutput } from './moduleListParser';
export { parseStackOutput } from './stackParser';
export { parseBannerLines } from './bannerParser';
export { parseTranscript } from './transcriptParser';
export type { TranscriptOptions } from './transcriptParser';
export {
  parseAnalyze,
  parseBanner,
  parseLn,
  parseModuleList,
  parsePoolFind,
  parsePoolmon,
  parsePool,
  parsePoolUsed,
  parseStack,
  parseVerifierLog,
  parseVerifierPool,
  parseVm,
};

export const parseKinds: readonly ParserKind[] = [
  'analyze',
  'verifier3',
  'verifier80',
  'ln',
  'poolused',
  'poolfind',
  'pool',
  'vm',
  'lm',
  'stack',
  'banner',
  'poolmon',
  'transcript',
];

export function isParserKind(value: unknown): value is ParserKind {
  return typeof value === 'string' && (parseKinds as readonly string[]).includes(value);
}

/** What parsers[kind] returns: banner and transcript are always a single result. */
export type KindOutput<K extends ParserKind> = K extends 'banner' | 'transcript' ? ResultByKind[K] : ParseOutput<K>;

type ParserTable = { [K in ParserKind]: (text: string) => KindOutput<K> };

const raw: ParserTable = {
  analyze: parseAnalyze,
  verifier3: parseVerifierPool,
  verifier80: parseVerifierLog,
  ln: parseLn,
  poolused: parsePoolUsed,
  poolfind: parsePoolFind,
  pool: parsePool,
  vm: parseVm,
  lm: parseModuleList,
  stack: parseStack,
  banner: parseBanner,
  poolmon: parsePoolmon,
  transcript: (text: string) => parseTranscript(text),
};

/** The result a kind returns for empty input (used as the fallback of the total wrappers). */
export function emptyResult<K extends ParserKind>(kind: K): ResultByKind[K] {
  return raw[kind]('') as ResultByKind[K];
}

function total<K extends ParserKind>(kind: K): (text: string) => KindOutput<K> {
  const f = raw[kind];
  return (text: string): KindOutput<K> => {
    const input = typeof text === 'string' ? text : String(text ?? '');
    try {
      return f(input);
    } catch (e) {
      // Defensive: no parser is known to throw; if one does, report it rather than crash.
      let fallback: KindOutput<K>;
      try {
        fallback = emptyResult(kind) as KindOutput<K>;
      } catch {
        fallback = { results: [], warnings: [] } as unknown as KindOutput<K>;
      }
      fallback.warnings = [`internal parser error: ${e instanceof Error ? e.message : String(e)}`, ...fallback.warnings];
      return fallback;
    }
  };
}

/** Registry: kind -> total parser of a text (bare output, or pasted console with prompts). */
export const parsers: ParserTable = {
  analyze: total('analyze'),
  verifier3: total('verifier3'),
  verifier80: total('verifier80'),
  ln: total('ln'),
  poolused: total('poolused'),
  poolfind: total('poolfind'),
  pool: total('pool'),
  vm: total('vm'),
  lm: total('lm'),
  stack: total('stack'),
  banner: total('banner'),
  poolmon: total('poolmon'),
  transcript: total('transcript'),
};
