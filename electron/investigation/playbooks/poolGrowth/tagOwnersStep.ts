// Who owns a tag: the debugger's own pooltag.txt answer (printed by !poolused), the
// user's pooltag.txt, our table of Verifier/kernel tags, and on a Windows host the
// classic `findstr /m /l <tag> *.sys` over the drivers folder. Issues no commands.
import { lookupPoolTag } from '../../poolTagFile';
import { adviseOption } from '../../optionAdvice';
import { isKnownPoolTag, poolTagMeaning } from '../../poolTagMeaning';
import type { StepDefinition } from '../../stepTypes';

export function findstrSuggestion(tag: string): string {
  // /l: literal; the tag bytes appear in the driver image that passes them to ExAllocatePool*.
  return `findstr /m /l ${tag} %SystemRoot%\\System32\\drivers\\*.sys`;
}

export const tagOwnersStep: StepDefinition = {
  id: 'tag-owners',
  title: 'Find who owns the top tags',
  why: 'A tag is only useful once you know the driver that uses it: pooltag.txt lists known tags; findstr finds the tag string in driver binaries.',
  skipReason: (facts) => (facts.topTags.length > 0 ? null : { code: 'no-pool-tags' }),
  async run(ctx) {
    const f = ctx.facts;
    for (const tag of f.topTags) {
      const row = f.poolUsedByNonPaged?.rows.find((r) => r.tag === tag) ?? f.poolUsedByPaged?.rows.find((r) => r.tag === tag);
      const fromFile = ctx.options.poolTagFile ? lookupPoolTag(ctx.options.poolTagFile, tag) : [];
      if (fromFile.length > 0) {
        const owners = fromFile.map((e) => [e.binary, e.description].filter(Boolean).join(' — '));
        f.tagOwners.set(tag, { owners: fromFile.map((e) => e.binary ?? e.description ?? '?'), source: 'pooltag-file', command: null });
        ctx.addFinding({ kind: 'tag-owner', severity: 'info', tag, owners, source: 'pooltag-file', command: null, title: `'${tag}' belongs to ${fromFile[0]!.binary ?? fromFile[0]!.description ?? '?'} (your pooltag.txt)`, detail: owners.join('; ') });
        continue;
      }
      const unknownToDebugger = !row?.owner || /UNKNOWN pooltag/i.test(row.description ?? '');
      if (!unknownToDebugger) {
        f.tagOwners.set(tag, { owners: [row!.owner!], source: 'debugger', command: null });
        ctx.addFinding({ kind: 'tag-owner', severity: 'info', tag, owners: [row!.owner!], source: 'debugger', command: null, title: `'${tag}': ${row!.owner}`, detail: row!.description });
        continue;
      }
      if (isKnownPoolTag(tag)) {
        const m = poolTagMeaning(tag);
        f.tagOwners.set(tag, { owners: [m.allocator], source: 'debugger', command: null });
        ctx.addFinding({ kind: 'tag-owner', severity: 'info', tag, owners: [m.allocator], source: 'debugger', command: null, title: `'${tag}': ${m.description}`, detail: m.fix });
        continue;
      }
      const command = ctx.options.windowsHost ? findstrSuggestion(tag) : null;
      f.tagOwners.set(tag, { owners: [], source: 'findstr-suggestion', command: findstrSuggestion(tag) });
      ctx.addFinding({
        kind: 'tag-owner',
        severity: 'warning',
        tag,
        owners: [],
        source: 'findstr-suggestion',
        command,
        title: `'${tag}' is not in any pooltag.txt`,
        detail: command
          ? `Find the driver that uses it: ${command} (on the target machine), or ${adviseOption(ctx.options, 'poolTagFile')}.`
          : `On the target (or a machine with the same drivers) run: ${findstrSuggestion(tag)} — or ${adviseOption(ctx.options, 'poolTagFile')}.`,
      });
    }
  },
};
