// The conclusion's summary and next step as typed messages: a code with parameters,
// nested where a sentence is made of parts (a driver sentence listing its sites, the
// gaps of the evidence). The English the CLI, the reports and the MCP server print is
// rendered from the same message (`conclusionMessageText`), so the types carry all of
// it; the UI translates by code. Parameters that are the target's text (drivers,
// symbols, paths, tags, commands) or someone's own words (a failure, the debugger's
// output) stay as given. Pure: the core, the shells and the renderer import it.
import { z } from 'zod';
import { fillReasonTemplate, stepReasonSchema, type StepReason } from './stepReasons';

export const conclusionTemplates = {
  // Nothing readable, triage, incomplete evidence (concludeInvestigation)
  'nothing-readable': "The debugger's answers held nothing PoolSleuth could read: no bug check, no analysis, no pool or verifier table (it printed: “{{sample}}”). No conclusion can be drawn.",
  'nothing-readable-silent': "The debugger's answers held nothing PoolSleuth could read: no bug check, no analysis, no pool or verifier table (it printed nothing). No conclusion can be drawn.",
  'check-debugger-target': 'Check that the target is kd or cdb with a dump or kernel target loaded and its symbols resolving (run !analyze -v in the console), then run the investigation again.',
  'triage-unfinished': 'The triage did not finish, so no playbook ran.',
  'triage-failed': 'The triage did not finish: {{failure}}, so no playbook ran.',
  'run-again-when-answering': 'Run the investigation again once the debugger answers (or choose the playbook yourself).',
  'incomplete-found': 'Incomplete evidence: {{why}}. What was read so far: {{summary}}',
  'incomplete-nothing-found': 'Incomplete evidence: {{why}}. What was read so far found nothing, but that is not proof: {{summary}}',
  incomplete: 'Incomplete evidence: {{why}}. {{summary}}',
  'investigation-failed': 'the investigation failed',
  'investigation-cancelled': 'the investigation cancelled',
  'investigation-running': 'the investigation running',
  'rerun-step': 'Run the step ‘{{step}}’ again.',
  'rerun-cancelled-step': 'Run the step ‘{{step}}’ again (it was cancelled).',
  // Evidence gaps (evidenceGaps)
  'gap-failed': '‘{{step}}’ failed',
  'gap-failed-because': '‘{{step}}’ failed ({{reason}})',
  'gap-cancelled': '‘{{step}}’ was cancelled',
  'gap-no-data': '‘{{step}}’ had no data in the recorded log',
  'gap-inconclusive': '‘{{step}}’ was inconclusive',
  'gap-inconclusive-because': '‘{{step}}’ was inconclusive ({{reason}})',
  'gap-running': '‘{{step}}’ was running',
  'gap-running-because': '‘{{step}}’ was running ({{reason}})',
  'gap-not-run': '‘{{step}}’ did not run',
  'gaps-not-run': '{{count}} later steps did not run',
  // Leak at unload (leakConclusion)
  'leak-no-driver': 'No driver was identified: the bug check names none and Driver Verifier lists none holding pool, so no allocations were read.',
  'leak-no-driver-next': 'Tell PoolSleuth which driver to examine ({{advice}}), or run the pool-growth playbook to follow pool usage instead.',
  'leak-untracked': "Driver Verifier kept no record of {{driver}}'s allocations, so the leak cannot be traced to code from this target. {{detail}}",
  'pool-tracking-disabled': 'Pool Tracking was not enabled, so Driver Verifier kept no record of {{driver}}\'s allocations. Enable it with "verifier /flags 0x8 /driver {{driver}}" (or /standard), reboot and reproduce; meanwhile the pool-growth playbook (!poolused, !poolfind) works without it.',
  'driver-not-verified': '{{driver}} is not in Driver Verifier\'s list of verified drivers. Enable it with "verifier /flags 0x8 /driver {{driver}}", reboot and reproduce.',
  'leak-untracked-next': 'Enable Pool Tracking for the driver (verifier /flags 0x8 /driver {{driver}}), reboot and reproduce; meanwhile run the pool-growth playbook (!poolused, !poolfind).',
  'leak-unread': "{{driver}}'s outstanding allocations were not read (!verifier 3 {{driver}} gave no usable answer).",
  'leak-unread-next': 'Run the step ‘{{step}}’ again, or !verifier 3 {{driver}} in the console.',
  'leak-nothing': '{{driver}} holds no pool allocations: Driver Verifier found nothing leaked.',
  'leak-drivers': '{{drivers}}.',
  'driver-leaked-unlisted': '{{driver}} leaked {{allocations}}, {{bytes}}, but Driver Verifier listed none of them',
  'driver-leaked': '{{driver}} leaked {{allocations}}, {{bytes}} from {{sites}}; the largest: {{largest}}{{more}}',
  'driver-also-holds-unlisted': '{{driver}} also holds {{allocations}}, {{bytes}}, but Driver Verifier listed none of them',
  'driver-also-holds': '{{driver}} also holds {{allocations}}, {{bytes}} from {{sites}}; the largest: {{largest}}{{more}}',
  'driver-holds-unlisted': '{{driver}} holds {{allocations}}, {{bytes}}, but Driver Verifier listed none of them',
  'driver-holds': '{{driver}} holds {{allocations}}, {{bytes}} from {{sites}}; the largest: {{largest}}{{more}}',
  'largest-site': "'{{tag}}' from {{caller}}, {{allocations}}, {{bytes}} — {{allocator}} without {{release}}",
  'unknown-caller': 'an unknown caller',
  'more-sites': '; {{count}}: {{sites}}',
  'site-at': "'{{tag}}' at {{where}}",
  'other-sites': '{{count}}',
  'leak-listed-some': "Driver Verifier listed only some of {{driver}}'s allocations; run !verifier 3 {{driver}} in the console for the rest.",
  'leak-load-pdb': "Load {{driver}}'s private PDB for source lines (.sympath+ <folder with the PDB>; .reload /f {{driver}}) and run the investigation again.",
  // Pool growth (growthConclusion)
  'growth-none': 'No pool tag grew over {{snapshots}}.',
  'growth-none-next': 'Reproduce the leak while the snapshots are taken, or {{advice}}.',
  'growth-tags': '{{tags}}.',
  'growth-tags-code-unknown': '{{tags}}. The allocating code is not known yet.',
  'tag-grows': "'{{tag}}' grows {{rate}} (now {{amount}}){{owner}}{{caught}}",
  'tag-holds-most': "'{{tag}}' holds the most pool: {{amount}}{{owner}}{{caught}}",
  'tag-amount': '{{bytes}} in {{allocations}}',
  'usage-unknown': 'usage unknown',
  'owned-by': ', owned by {{driver}}',
  'in-module': ', in {{driver}}',
  'owner-unknown': ', owner unknown',
  'caught-allocating': '; PoolHitTag caught it allocating at {{sites}}',
  'growth-catch-next': "Catch the allocations of '{{tag}}' with PoolHitTag (the step ‘{{step}}’) while the leak is reproduced.",
  'growth-no-usage': 'No pool tag usage was read (!poolused gave no table), so nothing points at a driver yet.',
  'growth-no-usage-next': 'Check that the kernel symbols load (!poolused needs nt’s PDB), then run the investigation again.',
  'growth-largest': '{{sentence}} ({{pool}}).',
  'growth-largest-owner-unknown': "{{sentence}} ({{pool}}). Which driver uses '{{tag}}' is not known yet.",
  'growth-pool-tracking-next': 'To see the allocating code, enable Pool Tracking for {{driver}} (verifier /flags 0x8 /driver {{driver}}), reboot and reproduce, or watch the tag with PoolHitTag on a live target.',
  'find-owner-findstr': "Find the driver that uses '{{tag}}': run {{command}} on the target (or a machine with the same drivers), or {{advice}}.",
  'find-owner': "Find the driver that uses '{{tag}}' (its pooltag.txt entry), or {{advice}}.",
  // Corruption (corruptionConclusion)
  'corruption-no-bugcheck': 'No bug check on this target: there is no corrupted block to trace.',
  'corruption-no-bugcheck-next': 'Open the crash dump of the corruption (bug check 0xC1, 0xCC, 0xD6, 0x19, 0xC2 …), or enable special pool (verifier /flags 0x1 /driver NAME.sys) and reproduce.',
  corruption: '{{parts}}.',
  'corruption-no-frame': '{{parts}}. The stack at the bug check shows no driver frame, so the code that did it is not known.',
  'read-past': '{{driver}} read past the end of its {{block}}{{at}} ({{bugcheck}})',
  'wrote-past': '{{driver}} wrote past the end of its {{block}}{{at}} ({{bugcheck}})',
  'accessed-past': '{{driver}} accessed memory past the end of its {{block}}{{at}} ({{bugcheck}})',
  'used-freed': '{{driver}} used freed memory of its {{block}}{{at}} ({{bugcheck}})',
  'damaged-around': '{{driver}} damaged the bytes around its {{block}}{{at}} ({{bugcheck}})',
  'damaged-near': '{{driver}} damaged pool near its {{block}}{{at}} ({{bugcheck}})',
  'a-driver': 'A driver',
  'at-frame': ' at {{where}}',
  bugcheck: 'bug check {{code}}',
  'bugcheck-named': 'bug check {{code}} {{name}}',
  block: "'{{tag}}' block {{address}} ({{state}}{{owner}})",
  'block-sized': "{{size}}-byte '{{tag}}' block {{address}} ({{state}}{{owner}})",
  'state-unknown': 'state unknown',
  'block-owner': ', {{owner}}',
  'pool-at': 'pool at {{address}}',
  'pool-block': 'pool block',
  'allocated-by': 'The block was allocated by {{function}}',
  'guard-page': 'Special pool placed a guard page right after the block, so no other block was touched',
  'neighbour-block': 'The neighbouring block is {{block}}',
  'no-neighbour': 'No neighbouring block was listed on the page',
  'what-to-fix': 'What to fix: {{fix}}',
  'fix-bound-read': 'bound the read in {{function}} to the size of the {{block}} (check the length or index against the allocation size)',
  'fix-bound-write': 'bound the write in {{function}} to the size of the {{block}} (check the length or index against the allocation size)',
  'fix-use-after-free': '{{function}} uses the block after it was freed: free it only after the last use, and clear the pointer when freeing',
  'fix-find-overrun': 'find the write in {{function}} that runs past (or before) the {{block}}',
  'fix-check-writes': 'check the writes of {{function}} and of the owner of the {{block}}: a pool header was overwritten',
  'fix-block': "{{size}}-byte '{{tag}}' block",
  'the-block': 'block',
  'the-driver': 'the driver',
  'corruption-special-pool-next': 'Enable special pool for the suspect driver (verifier /flags 0x1 /driver {{driver}}), reboot and reproduce: the next crash stops in the code that overruns.',
  'corruption-load-pdb': "Load {{driver}}'s private PDB (.sympath+ <folder>; .reload /f) and run k for the source line.",
  'corruption-load-pdb-unnamed': "Load the driver's private PDB (.sympath+ <folder>; .reload /f) and run k for the source line.",
  // Shared pieces
  'function-at': '{{function}} ({{where}})',
  /** Text as given (a function name in a list, a failure's own words): never translated. */
  text: '{{text}}',
  /** An optional part that is absent. */
  nothing: '',
  // How advice names a user choice (investigation/optionAdvice.ts): a flag in the CLI, the options in the app.
  'advise-driver-cli': 'pass --driver NAME.sys',
  'advise-driver-app': 'name the driver in the playbook options (Driver)',
  'advise-poolTagFile-cli': 'pass --pooltag FILE',
  'advise-poolTagFile-app': 'choose a pooltag.txt in the playbook options (Pool-tag file)',
  'advise-snapshotInterval-cli': 'raise --interval SECONDS',
  'advise-snapshotInterval-app': 'raise the snapshot interval in the playbook options',
  'advise-poolHitTag-cli': 'pass --hit-tag TAG',
  'advise-poolHitTag-app': 'set the PoolHitTag tag in the playbook options',
} as const;

export type ConclusionMessageCode = keyof typeof conclusionTemplates;
export const conclusionMessageCodes = Object.keys(conclusionTemplates) as ConclusionMessageCode[];

/** Counted things: English adds the plural "s" (a number in a table of its own per language). */
export const conclusionNouns = ['allocation', 'allocation-site', 'snapshot', 'more-site', 'other'] as const;
export type ConclusionNoun = (typeof conclusionNouns)[number];

/** How a list of parts is joined: sentences (". "), "and", commas, semicolons. */
export const conclusionJoins = ['sentences', 'and', 'comma', 'semicolon'] as const;
export type ConclusionJoin = (typeof conclusionJoins)[number];

export type ConclusionParam =
  /** As given: a driver, symbol, path, tag, command, or someone's own words. */
  | string
  | { count: number; noun?: ConclusionNoun }
  /** A size in bytes: "9.8 MB (10,280,960 bytes)". */
  | { bytes: number }
  /** Bytes per minute: "5.9 MB/min". */
  | { rate: number }
  /** A step, named by its title (the UI translates it by id). */
  | { step: string; title: string }
  /** A step's reason (final period dropped), typed when it is one of ours. */
  | { reason: string; message: StepReason | null }
  | { message: ConclusionMessage }
  | { list: ConclusionMessage[]; join: ConclusionJoin };

export interface ConclusionMessage {
  code: ConclusionMessageCode;
  params?: Record<string, ConclusionParam>;
}

/** The conclusion's summary and next step, typed (beside the English `summary` and `next`). */
export interface ConclusionMessages {
  summary: ConclusionMessage;
  next: ConclusionMessage | null;
}

const paramName = z.string().regex(/^[a-z][a-zA-Z]{0,31}$/);

/** A message this build knows, every part of it (the renderer translates only these). */
export const conclusionMessageSchema: z.ZodType<ConclusionMessage> = z.lazy(() =>
  z
    .object({
      code: z.enum(conclusionMessageCodes as [ConclusionMessageCode, ...ConclusionMessageCode[]]),
      params: z.record(paramName, conclusionParamSchema).optional(),
    })
    .strict(),
);

const conclusionParamSchema: z.ZodType<ConclusionParam> = z.lazy(() =>
  z.union([
    z.string().max(4096),
    z.object({ count: z.number().int(), noun: z.enum(conclusionNouns).optional() }).strict(),
    z.object({ bytes: z.number().finite() }).strict(),
    z.object({ rate: z.number().finite() }).strict(),
    z.object({ step: z.string().max(64), title: z.string().max(1024) }).strict(),
    z.object({ reason: z.string().max(4096), message: stepReasonSchema.nullable() }).strict(),
    z.object({ message: conclusionMessageSchema }).strict(),
    z.object({ list: z.array(conclusionMessageSchema).max(1000), join: z.enum(conclusionJoins) }).strict(),
  ]),
);

export const conclusionMessagesSchema = z.object({ summary: conclusionMessageSchema, next: conclusionMessageSchema.nullable() }).strict();

/**
 * On the wire (the conclusion event, reports) any message passes, so a newer core's
 * code never makes a report unreadable; the UI translates what `conclusionMessagesSchema`
 * knows and shows the English `summary` / `next` otherwise. Optional: older reports lack it.
 */
const wireMessage = z.object({ code: z.string().max(64), params: z.record(z.string(), z.unknown()).optional() });
export const conclusionMessagesWireSchema = z.object({ summary: wireMessage, next: wireMessage.nullable() });

/** 0x9ce000 bytes → "9.8 MB (10,280,960 bytes)"; small sizes stay in bytes. */
export function bytesText(bytes: number): string {
  const exact = `${Math.round(bytes).toLocaleString('en-US')} bytes`;
  if (Math.abs(bytes) < 10 * 1024) return exact;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]} (${exact})`;
}

/** Bytes per minute as "5.9 MB/min". */
export function rateText(bytesPerMinute: number): string {
  const abs = Math.abs(bytesPerMinute);
  const sign = bytesPerMinute < 0 ? '-' : '';
  if (abs >= 1024 * 1024) return `${sign}${(abs / (1024 * 1024)).toFixed(1)} MB/min`;
  if (abs >= 1024) return `${sign}${(abs / 1024).toFixed(1)} KB/min`;
  return `${sign}${Math.round(abs)} bytes/min`;
}

const englishNouns: Record<ConclusionNoun, (n: number) => string> = {
  allocation: (n) => `${n.toLocaleString('en-US')} allocation${n === 1 ? '' : 's'}`,
  'allocation-site': (n) => `${n.toLocaleString('en-US')} allocation site${n === 1 ? '' : 's'}`,
  snapshot: (n) => `${n.toLocaleString('en-US')} snapshot${n === 1 ? '' : 's'}`,
  'more-site': (n) => `${n} more site${n === 1 ? '' : 's'}`,
  other: (n) => `${n} other${n === 1 ? '' : 's'}`,
};

const englishJoins: Record<ConclusionJoin, string> = { sentences: '. ', and: ' and ', comma: ', ', semicolon: '; ' };

/** How one language spells the parts of a message (the renderer has one per language). */
export interface ConclusionSpeller {
  template(code: ConclusionMessageCode): string;
  count(n: number, noun: ConclusionNoun | undefined): string;
  bytes(n: number): string;
  rate(n: number): string;
  step(id: string, title: string): string;
  reason(text: string, message: StepReason | null): string;
  join: Record<ConclusionJoin, string>;
}

/** The text of a message in the speller's language. */
export function spellConclusionMessage(message: ConclusionMessage, speller: ConclusionSpeller): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = spellParam(value, speller);
  return fillReasonTemplate(speller.template(message.code), params);
}

function spellParam(value: ConclusionParam, speller: ConclusionSpeller): string {
  if (typeof value === 'string') return value;
  if ('count' in value) return speller.count(value.count, value.noun);
  if ('bytes' in value) return speller.bytes(value.bytes);
  if ('rate' in value) return speller.rate(value.rate);
  if ('step' in value) return speller.step(value.step, value.title);
  if ('reason' in value) return speller.reason(value.reason, value.message);
  if ('message' in value) return spellConclusionMessage(value.message, speller);
  return value.list.map((m) => spellConclusionMessage(m, speller)).join(speller.join[value.join]);
}

export const englishConclusionSpeller: ConclusionSpeller = {
  template: (code) => conclusionTemplates[code],
  count: (n, noun) => (noun ? englishNouns[noun](n) : n.toLocaleString('en-US')),
  bytes: bytesText,
  rate: rateText,
  step: (_id, title) => title,
  reason: (text) => text,
  join: englishJoins,
};

/** The English text of a message: what `summary` and `next` say. */
export function conclusionMessageText(message: ConclusionMessage): string {
  return spellConclusionMessage(message, englishConclusionSpeller);
}

/** Shorthand for the builders: a message from its code and parameters. */
export function conclusionMessage(code: ConclusionMessageCode, params?: Record<string, ConclusionParam>): ConclusionMessage {
  return params ? { code, params } : { code };
}
