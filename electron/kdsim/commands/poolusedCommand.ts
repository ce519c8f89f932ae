// !poolused [flags [tag]]: per-tag pool usage, sorted by tag (0), nonpaged bytes (2) or
// paged bytes (4), with the pooltag.txt owner or kd's "UNKNOWN pooltag" note.
import { tagMatcher, tagUsage } from '../poolModel';
import type { CommandContext } from './commandTypes';

export async function poolusedCommand(ctx: CommandContext): Promise<void> {
  const [flagsText, tagPattern] = ctx.args.split(/\s+/).filter((t) => t !== '');
  const flags = flagsText ? parseInt(flagsText.replace(/^0x/i, ''), 16) || 0 : 0;
  let rows = tagUsage(ctx.state);
  if (tagPattern) {
    const match = tagMatcher(tagPattern);
    rows = rows.filter((r) => match(r.tag));
  }
  let title = 'Tag';
  if (flags & 0x2) {
    title = 'NonPaged Pool Consumed';
    rows.sort((a, b) => b.nonPagedBytes - a.nonPagedBytes || a.tag.localeCompare(b.tag));
  } else if (flags & 0x4) {
    title = 'Paged Pool Consumed';
    rows.sort((a, b) => b.pagedBytes - a.pagedBytes || a.tag.localeCompare(b.tag));
  } else {
    rows.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }
  const lines = [
    '..',
    ` Sorting by  ${title}`,
    '',
    '               NonPaged                  Paged',
    ' Tag     Allocs         Used     Allocs         Used',
    '',
  ];
  const total = { na: 0, nb: 0, pa: 0, pb: 0 };
  for (const r of rows) {
    total.na += r.nonPagedAllocs;
    total.nb += r.nonPagedBytes;
    total.pa += r.pagedAllocs;
    total.pb += r.pagedBytes;
    const owner = r.owner ?? `UNKNOWN pooltag '${r.tag.padEnd(4)}', please update pooltag.txt`;
    lines.push(
      ` ${r.tag.padEnd(4)} ${String(r.nonPagedAllocs).padStart(10)} ${String(r.nonPagedBytes).padStart(12)} ${String(r.pagedAllocs).padStart(10)} ${String(r.pagedBytes).padStart(12)}\t${owner}`,
    );
  }
  lines.push('');
  lines.push(
    ` TOTAL ${String(total.na).padStart(9)} ${String(total.nb).padStart(12)} ${String(total.pa).padStart(10)} ${String(total.pb).padStart(12)}`,
  );
  await ctx.write(lines.join('\n') + '\n');
}
