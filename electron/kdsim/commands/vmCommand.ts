// !vm [flags]: virtual memory counters (pages and Kb), including nonpaged/paged pool
// usage; live growth adds to nonpaged usage.
import type { CommandContext } from './commandTypes';

function row(label: string, pages: number): string {
  const kb = pages * 4;
  return `\t${label}${String(pages).padStart(Math.max(1, 28 - label.length))} (${String(kb).padStart(10)} Kb)`;
}

export async function vmCommand(ctx: CommandContext): Promise<void> {
  const state = ctx.state;
  const m = state.scenario.memory;
  if (!m) {
    await ctx.write('*** Virtual Memory Usage ***\nUnable to read memory counters\n');
    return;
  }
  let grownBytes = 0;
  let grownPagedBytes = 0;
  for (const g of state.grownUsage.values()) {
    grownBytes += g.nonPagedBytes;
    grownPagedBytes += g.pagedBytes;
  }
  const nonPaged = m.nonPagedPoolUsage + Math.ceil(grownBytes / 4096);
  const paged = m.pagedPoolUsage + Math.ceil(grownPagedBytes / 4096);
  const lines = [
    '',
    '*** Virtual Memory Usage ***',
    row('Physical Memory:', m.physicalPages),
    `\tPage File: ${m.pageFile}`,
    `\t  Current:   ${m.commitLimit * 2} Kb  Free Space:   ${m.commitLimit * 2 - 15668} Kb`,
    `\t  Minimum:   ${m.commitLimit * 2} Kb  Maximum:   ${m.physicalPages * 12} Kb`,
    row('Available Pages:', m.availablePages - Math.ceil(grownBytes / 4096)),
    row('ResAvail Pages:', m.resAvailPages),
    row('Locked IO Pages:', m.lockedIoPages),
    row('Free System PTEs:', m.freeSystemPtes),
    row('Modified Pages:', m.modifiedPages),
    row('NonPagedPool Usage:', nonPaged),
  ];
  if (state.layout === 'win10') lines.push(row('NonPagedPoolNx Usage:', Math.floor(nonPaged * 0.9)));
  lines.push(
    row('NonPagedPool Max:', m.nonPagedPoolMax),
    row('PagedPool Usage:', paged),
    row('PagedPool Maximum:', m.pagedPoolMax),
    row('Special Pool:', m.specialPool),
    row('Committed pages:', m.committedPages + Math.ceil((grownBytes + grownPagedBytes) / 4096)),
    row('Commit limit:', m.commitLimit),
    '',
  );
  await ctx.write(lines.join('\n') + '\n');
}
