// lm, lm m <pattern>, lmv m <pattern> (also lmvm), and vertarget.
import { formatPointerTick, hexDigits, parseHex } from '../addressFormat';
import { versionBlock } from '../outputLayout/bannerText';
import type { ScenarioModule } from '../scenarioSchema';
import type { CommandContext } from './commandTypes';

const STATUS_TEXT: Record<ScenarioModule['symbolStatus'], string> = {
  pdb: 'pdb symbols',
  'private pdb': 'private pdb symbols',
  export: 'export symbols',
  none: 'no symbols',
  deferred: 'deferred',
};

function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

function symbolFile(m: ScenarioModule): string {
  if (m.symbolStatus === 'pdb' || m.symbolStatus === 'private pdb') return m.pdbPath ?? '';
  if (m.symbolStatus === 'export') return m.image;
  return '';
}

function verboseLines(m: ScenarioModule): string[] {
  const lines = [
    `    Loaded symbol image file: ${m.image}`,
    `    Image path: ${m.imagePath ?? m.image}`,
    `    Image name: ${m.image}`,
  ];
  if (m.timestamp) {
    lines.push(`    Timestamp:        ${m.timestampText ?? ''} (${hexDigits(parseHex(m.timestamp), 8).toUpperCase()})`);
  }
  if (m.checksum) lines.push(`    CheckSum:         ${hexDigits(parseHex(m.checksum), 8).toUpperCase()}`);
  lines.push(`    ImageSize:        ${hexDigits(parseHex(m.size), 8).toUpperCase()}`);
  if (m.fileVersion) {
    const numeric = m.fileVersion.split(' ')[0] ?? m.fileVersion;
    lines.push(`    File version:     ${numeric}`, `    Product version:  ${numeric}`);
  }
  lines.push('    File flags:       0 (Mask 3F)', '    File OS:          40004 NT Win32', '    File type:        3.6 Driver');
  lines.push('    File date:        00000000.00000000', '    Translations:     0409.04b0');
  if (m.companyName) lines.push(`    CompanyName:      ${m.companyName}`);
  lines.push(`    InternalName:     ${m.image}`, `    OriginalFilename: ${m.image}`);
  if (m.fileVersion) lines.push(`    ProductVersion:   ${m.fileVersion.split(' ')[0]}`, `    FileVersion:      ${m.fileVersion}`);
  if (m.fileDescription) lines.push(`    FileDescription:  ${m.fileDescription}`);
  return lines;
}

export async function lmCommand(ctx: CommandContext): Promise<void> {
  const { state } = ctx;
  const arch = state.arch;
  const options = (ctx.name.slice(2) + ' ' + ctx.args).trim();
  const verbose = /^v/i.test(ctx.name.slice(2)) || /(^|\s)v(\s|$)/.test(ctx.args);
  // "lm m nt", "lmv m nt", "lmvm nt", "lmm nt"
  const match = /(?:^|\s|v)m\s*(\S+)/i.exec(options);
  const filter = match?.[1] ? wildcardToRegExp(match[1]) : null;
  const modules = [...state.scenario.modules]
    .sort((a, b) => (parseHex(a.base) < parseHex(b.base) ? -1 : 1))
    .filter((m) => !filter || filter.test(m.name));
  const header = arch === 'x64' ? 'start             end                 module name' : 'start    end        module name';
  const lines = [header];
  for (const m of modules) {
    const base = parseHex(m.base);
    const end = base + parseHex(m.size);
    const status = `(${STATUS_TEXT[m.symbolStatus]})`;
    const file = symbolFile(m);
    lines.push(`${formatPointerTick(arch, base)} ${formatPointerTick(arch, end)}   ${m.name.padEnd(10)} ${file ? `${status.padEnd(22)} ${file}` : status}`);
    if (verbose) lines.push(...verboseLines(m));
  }
  if (!filter) lines.push('', 'Unloaded modules:');
  await ctx.write(lines.join('\n') + '\n');
}

export async function vertargetCommand(ctx: CommandContext): Promise<void> {
  await ctx.write(versionBlock(ctx.state.scenario).join('\n') + '\n');
}
