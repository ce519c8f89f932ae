// Pool corruption: the faulting driver and frame (with its source line, from `k`), the
// damaged block's state and tag, who owned the neighbouring block, and what to fix.
import { conclusionMessage, type ConclusionMessage, type ConclusionMessageCode } from '../../contract/conclusionMessages';
import type { ConclusionSuspect } from '../../contract/conclusionTypes';
import { parseHexNumber, type PoolBlock, type StackFrame } from '../../parsers';
import type { InvestigationFacts } from '../investigationFacts';
import { firstDriverFrame } from '../playbooks/corruption/faultingStackStep';
import { moduleNameOf } from '../safeCommandArguments';
import type { ConclusionInput, TypedConclusion } from './conclusionInput';
import { functionAt, moduleOfSymbol, noSuspectsYet } from './conclusionText';

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

function blockMessage(block: PoolBlock): ConclusionMessage {
  const owner = block.owner && !/^Unknown/i.test(block.owner) ? conclusionMessage('block-owner', { owner: block.owner }) : conclusionMessage('nothing');
  const params = { tag: block.tag ?? '????', address: block.address ?? '?', state: block.state ?? { message: conclusionMessage('state-unknown') }, owner: { message: owner } };
  return block.size !== null ? conclusionMessage('block-sized', { ...params, size: `${block.size}` }) : conclusionMessage('block', params);
}

/** The allocating frame of the block from the verifier log (newest allocate entry). */
function allocator(facts: InvestigationFacts): string | null {
  const entry = facts.blockHistory.find((b) => b.operation === 'allocate');
  return entry?.frames.find((f) => f.symbol && !/^(nt|hal|VerifierExt)!/i.test(f.symbol))?.symbol ?? null;
}

/** What the driver did (the sentence's code) and what to fix, by bug check. */
function whatHappened(code: number | null, write: boolean | null): { did: ConclusionMessageCode; fix: ConclusionMessageCode } {
  switch (code) {
    case 0xd6:
      return write === false ? { did: 'read-past', fix: 'fix-bound-read' } : { did: write ? 'wrote-past' : 'accessed-past', fix: 'fix-bound-write' };
    case 0xcc:
    case 0xd5:
      return { did: 'used-freed', fix: 'fix-use-after-free' };
    case 0xc1:
      return { did: 'damaged-around', fix: 'fix-find-overrun' };
    default:
      return { did: 'damaged-near', fix: 'fix-check-writes' };
  }
}

export function corruptionConclusion({ facts }: ConclusionInput): TypedConclusion {
  const bugcheck = facts.bugcheck;
  if (!bugcheck) {
    return noSuspectsYet(conclusionMessage('corruption-no-bugcheck'), conclusionMessage('corruption-no-bugcheck-next'));
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
  const blockName = marked ? blockMessage(marked) : facts.faultingAddress ? conclusionMessage('pool-at', { address: facts.faultingAddress }) : conclusionMessage('pool-block');
  const special = /special pool/i.test(pool?.region ?? '');
  // An overrun spills into what follows the block: special pool puts a guard page there;
  // otherwise the next block in the page (for a damaged header, the block before it did it).
  const neighbour = marked && !special ? (code === 0x19 || code === 0xc2 ? blocks[markedAt - 1] : blocks[markedAt + 1]) ?? null : null;
  const neighbourText = special
    ? conclusionMessage('guard-page')
    : neighbour
      ? conclusionMessage('neighbour-block', { block: { message: blockMessage(neighbour) } })
      : marked
        ? conclusionMessage('no-neighbour')
        : null;
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
  const at = frame ? conclusionMessage('at-frame', { where: { message: functionAt(frame.symbol ?? 'null', frame.file, frame.line) } }) : conclusionMessage('nothing');
  const bugcheckText = bugcheck.name ? conclusionMessage('bugcheck-named', { code: bugcheck.code, name: bugcheck.name }) : conclusionMessage('bugcheck', { code: bugcheck.code });
  const parts = [conclusionMessage(happened.did, { driver: driver ?? { message: conclusionMessage('a-driver') }, block: { message: blockName }, at: { message: at }, bugcheck: { message: bugcheckText } })];
  if (allocatedBy) parts.push(conclusionMessage('allocated-by', { function: allocatedBy }));
  if (neighbourText) parts.push(neighbourText);
  if (frame) {
    const fixBlock = marked ? conclusionMessage('fix-block', { size: `${marked.size ?? '?'}`, tag: marked.tag ?? '????' }) : conclusionMessage('the-block');
    const culprit = frame.symbol ?? driver ?? { message: conclusionMessage('the-driver') };
    parts.push(conclusionMessage('what-to-fix', { fix: { message: conclusionMessage(happened.fix, { function: culprit, block: { message: fixBlock } }) } }));
  }
  const summaryParts = { parts: { list: parts, join: 'sentences' as const } };
  if (!frame) {
    return {
      verdict: 'inconclusive',
      summary: conclusionMessage('corruption-no-frame', summaryParts),
      suspects,
      next: conclusionMessage('corruption-special-pool-next', { driver: driver ?? 'NAME.sys' }),
    };
  }
  const next = frame.file ? null : driver ? conclusionMessage('corruption-load-pdb', { driver }) : conclusionMessage('corruption-load-pdb-unnamed');
  return { verdict: 'found', summary: conclusionMessage('corruption', summaryParts), suspects, next };
}
