// Pool corruption: the faulting driver and frame (with its source line, from `k`), the
// damaged block's state and tag, who owned the neighbouring block, and what to fix.
import type { Conclusion, ConclusionSuspect } from '../../contract/conclusionTypes';
import { parseHexNumber, type PoolBlock, type StackFrame } from '../../parsers';
import type { InvestigationFacts } from '../investigationFacts';
import { firstDriverFrame } from '../playbooks/corruption/faultingStackStep';
import { moduleNameOf } from '../safeCommandArguments';
import type { ConclusionInput } from './conclusionInput';
import { moduleOfSymbol, sourceText } from './conclusionText';

/** The image name when the analysis names the same module, else the symbol's module. */
function driverOf(facts: InvestigationFacts, symbol: string | null): string | null {
  const module = moduleOfSymbol(symbol);
  const image = facts.analyze?.imageName ?? null;
  if (module && image && moduleNameOf(image).toLowerCase() === module.toLowerCase()) return image;
  return module;
}

/** The faulting frame: the first driver frame of `k` (with source), else of !analyze's stack. */
function faultingFrame(facts: InvestigationFacts): StackFrame | null {
  return firstDriverFrame(facts.faultingStack ?? []) ?? firstDriverFrame(facts.analyze?.stack ?? []);
}

function blockText(block: PoolBlock): string {
  const size = block.size !== null ? `${block.size}-byte ` : '';
  return `${size}'${block.tag ?? '????'}' block ${block.address ?? '?'} (${block.state ?? 'state unknown'}${block.owner && !/^Unknown/i.test(block.owner) ? `, ${block.owner}` : ''})`;
}

/** The allocating frame of the block from the verifier log (newest allocate entry). */
function allocator(facts: InvestigationFacts): string | null {
  const entry = facts.blockHistory.find((b) => b.operation === 'allocate');
  return entry?.frames.find((f) => f.symbol && !/^(nt|hal|VerifierExt)!/i.test(f.symbol))?.symbol ?? null;
}

function whatHappened(code: number | null, write: boolean | null): { verb: string; fix: (fn: string, block: string) => string } {
  switch (code) {
    case 0xd6:
      return {
        verb: `${write === false ? 'read' : write ? 'wrote' : 'accessed memory'} past the end of`,
        fix: (fn, block) => `bound the ${write === false ? 'read' : 'write'} in ${fn} to the size of the ${block} (check the length or index against the allocation size).`,
      };
    case 0xcc:
    case 0xd5:
      return { verb: 'used freed memory of', fix: (fn) => `${fn} uses the block after it was freed: free it only after the last use, and clear the pointer when freeing.` };
    case 0xc1:
      return { verb: 'damaged the bytes around', fix: (fn, block) => `find the write in ${fn} that runs past (or before) the ${block}.` };
    default:
      return { verb: 'damaged pool near', fix: (fn, block) => `check the writes of ${fn} and of the owner of the ${block}: a pool header was overwritten.` };
  }
}

export function corruptionConclusion({ facts }: ConclusionInput): Conclusion {
  const bugcheck = facts.bugcheck;
  if (!bugcheck) {
    return {
      verdict: 'inconclusive',
      summary: 'No bug check on this target: there is no corrupted block to trace.',
      suspects: [],
      next: 'Open the crash dump of the corruption (bug check 0xC1, 0xCC, 0xD6, 0x19, 0xC2 …), or enable special pool (verifier /flags 0x1 /driver NAME.sys) and reproduce.',
    };
  }
  const code = parseHexNumber(bugcheck.code);
  const pool = facts.pool;
  const blocks = pool?.blocks ?? [];
  const markedAt = blocks.findIndex((b) => b.marked);
  const marked = markedAt >= 0 ? blocks[markedAt]! : null;
  const frame = faultingFrame(facts);
  const driver = driverOf(facts, frame?.symbol ?? null) ?? facts.analyze?.imageName ?? null;
  const write = code === 0xd6 ? parseHexNumber(bugcheck.args[1] ?? null) === 1 : null;
  const happened = whatHappened(code, write);
  const blockName = marked ? blockText(marked) : facts.faultingAddress ? `pool at ${facts.faultingAddress}` : 'pool block';
  const special = /special pool/i.test(pool?.region ?? '');
  // An overrun spills into what follows the block: special pool puts a guard page there;
  // otherwise the next block in the page (for a damaged header, the block before it did it).
  const neighbour = marked && !special ? (code === 0x19 || code === 0xc2 ? blocks[markedAt - 1] : blocks[markedAt + 1]) ?? null : null;
  const neighbourText = special
    ? 'Special pool placed a guard page right after the block, so no other block was touched.'
    : neighbour
      ? `The neighbouring block is ${blockText(neighbour)}.`
      : marked
        ? 'No neighbouring block was listed on the page.'
        : '';
  const allocatedBy = allocator(facts);
  const suspects: ConclusionSuspect[] = [];
  if (frame || driver) {
    suspects.push({ driver, tag: marked?.tag ?? null, function: frame?.symbol ?? null, file: frame?.file ?? null, line: frame?.line ?? null, allocations: null, bytes: marked?.size ?? null, growthBytesPerMinute: null });
  }
  const allocatingDriver = allocatedBy ? driverOf(facts, allocatedBy) : null;
  if (allocatedBy && allocatingDriver && allocatingDriver.toLowerCase() !== (driver ?? '').toLowerCase()) {
    suspects.push({ driver: allocatingDriver, tag: marked?.tag ?? null, function: allocatedBy, file: null, line: null, allocations: null, bytes: marked?.size ?? null, growthBytesPerMinute: null });
  }
  const neighbourDriver = neighbour?.owner && /Binary:\s*(\S+)/i.exec(neighbour.owner)?.[1];
  if (neighbour && (code === 0x19 || code === 0xc2)) {
    suspects.push({ driver: neighbourDriver ? neighbourDriver.replace(/!.*$/, '') : null, tag: neighbour.tag, function: null, file: null, line: null, allocations: null, bytes: neighbour.size, growthBytesPerMinute: null });
  }
  const where = frame ? `${frame.symbol}${sourceText(frame.file, frame.line) ? ` (${sourceText(frame.file, frame.line)})` : ''}` : null;
  const parts = [
    `${driver ?? 'A driver'} ${happened.verb} its ${blockName}${where ? ` at ${where}` : ''} (bug check ${bugcheck.code}${bugcheck.name ? ` ${bugcheck.name}` : ''})`,
  ];
  if (allocatedBy) parts.push(`The block was allocated by ${allocatedBy}`);
  if (neighbourText) parts.push(neighbourText.replace(/\.$/, ''));
  if (frame) parts.push(`What to fix: ${happened.fix(frame.symbol ?? driver ?? 'the driver', marked ? `${marked.size ?? '?'}-byte '${marked.tag ?? '????'}' block` : 'block')}`.replace(/\.$/, ''));
  const summary = `${parts.join('. ')}.`;
  if (!frame) {
    return {
      verdict: 'inconclusive',
      summary: `${summary} The stack at the bug check shows no driver frame, so the code that did it is not known.`,
      suspects,
      next: `Enable special pool for the suspect driver (verifier /flags 0x1 /driver ${driver ?? 'NAME.sys'}), reboot and reproduce: the next crash stops in the code that overruns.`,
    };
  }
  const next = frame.file ? null : `Load ${driver ?? 'the driver'}'s private PDB (.sympath+ <folder>; .reload /f) and run k for the source line.`;
  return { verdict: 'found', summary, suspects, next };
}
