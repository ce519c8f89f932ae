// !analyze [-v] and .bugcheck: the bug check banner, arguments with their meaning,
// and (with -v) the "Debugging Details" block in the era's layout.
import { formatPointer, formatPointerTick, hexDigits, parseHex } from '../addressFormat';
import type { KdState } from '../kdState';
import { argumentDescriptions, bugcheckHeader } from '../outputLayout/bugcheckCatalog';
import { formatStack } from '../outputLayout/stackLayout';
import type { CommandContext } from './commandTypes';

const STARS = '*******************************************************************************';

function analysisBanner(title: 'Bugcheck Analysis' | 'Exception Analysis'): string[] {
  return [
    STARS,
    '*                                                                             *',
    `*                        ${title.padEnd(53)}*`,
    '*                                                                             *',
    STARS,
    '',
  ];
}

function bugcheckValues(state: KdState): { code: bigint; args: bigint[] } | null {
  const bc = state.scenario.bugcheck;
  if (!bc) return null;
  return { code: parseHex(bc.code), args: bc.args.map(parseHex) };
}

/** "BugCheck C4, {62, 9707712c, 9c1faf70, 3}" as printed at load and by !analyze. */
export function bugcheckSummaryLine(state: KdState): string | null {
  const v = bugcheckValues(state);
  if (!v) return null;
  return `BugCheck ${v.code.toString(16).toUpperCase()}, {${v.args.map((a) => a.toString(16)).join(', ')}}`;
}

/** The short analysis kd prints when a dump is opened and for !analyze without -v. */
export function shortAnalysis(state: KdState): string {
  const lines = [...analysisBanner('Bugcheck Analysis'), 'Use !analyze -v to get detailed debugging information.', ''];
  const summary = bugcheckSummaryLine(state);
  if (summary) lines.push(summary, '');
  const culprit = state.scenario.bugcheck?.analysis?.probablyCausedBy;
  if (culprit) lines.push(`Probably caused by : ${culprit}`, '');
  lines.push('Followup: MachineOwner', '---------', '');
  return lines.join('\n') + '\n';
}

function verboseAnalysis(state: KdState): string {
  const v = bugcheckValues(state);
  const arch = state.arch;
  if (!v) {
    return [
      ...analysisBanner('Exception Analysis'),
      'FAULTING_IP: ',
      'nt!DbgBreakPointWithStatus+0',
      '',
      'EXCEPTION_CODE: (HRESULT) 0x80000003 (2147483651) - One or more arguments are invalid',
      '',
      'BUGCHECK_STR:  80000003',
      '',
      'PROCESS_NAME:  System',
      '',
      'Followup: MachineOwner',
      '---------',
      '',
      '',
    ].join('\n');
  }
  const bc = state.scenario.bugcheck!;
  const descriptions = bc.argDescriptions ?? argumentDescriptions(v.code, v.args);
  const lines = [...analysisBanner('Bugcheck Analysis')];
  lines.push(...bugcheckHeader(v.code), 'Arguments:');
  v.args.forEach((arg, i) => {
    const description = descriptions[i] ?? '';
    lines.push(`Arg${i + 1}: ${formatPointer(arch, arg)}${description ? `, ${description}` : ''}`);
  });
  lines.push(...(bc.argNotes ?? []), '');
  const a = bc.analysis;
  const codeHex = v.code.toString(16);
  const sub = v.code === 0xc4n ? `0x${codeHex}_${(v.args[0] ?? 0n).toString(16)}` : `0x${codeHex.toUpperCase()}`;
  lines.push('Debugging Details:', '------------------', '');
  const field = (name: string, value: string | undefined): void => {
    if (value !== undefined) lines.push(`${name}:  ${value}`, '');
  };
  if (state.layout === 'win10') {
    lines.push('');
    field('BUGCHECK_CODE', codeHex);
    v.args.forEach((arg, i) => field(`BUGCHECK_P${i + 1}`, arg.toString(16)));
    field('IMAGE_NAME', a?.imageName);
    field('MODULE_NAME', a?.moduleName);
    field('PROCESS_NAME', a?.processName);
    for (const [name, value] of a?.extraFields ?? []) field(name, value);
    lines.push('STACK_TEXT:  ');
    lines.push(...formatStack(state.scenario.stack, { arch, layout: state.layout, withArgs: true, numbered: false, withSource: false }).split('\n').slice(1).filter((l) => l !== '').map((l) => l.replace(/^[0-9a-f]{2} /, '')));
    lines.push('', '');
    field('SYMBOL_NAME', a?.moduleName ? `${a.moduleName}+0` : undefined);
    field('STACK_COMMAND', '.cxr; .ecxr ; kb');
    field('FAILURE_BUCKET_ID', a?.failureBucketId);
    field('OS_VERSION', `10.0.${state.scenario.system.build}.1`);
    field('OSPLATFORM_TYPE', arch);
    field('OSNAME', 'Windows 10');
    lines.push('Followup:     MachineOwner', '---------', '', '');
    return lines.join('\n');
  }
  lines.push('');
  field('BUGCHECK_STR', sub);
  field('IMAGE_NAME', a?.imageName);
  const module = a?.moduleName ? state.resolver.findModuleByName(a.moduleName) : null;
  if (a?.moduleName) {
    lines.push(`MODULE_NAME: ${a.moduleName}`, '');
    if (module) lines.push(`FAULTING_MODULE: ${formatPointer(arch, module.base)} ${module.name}`, '');
  }
  if (module?.source.timestamp) field('DEBUG_FLR_IMAGE_TIMESTAMP', hexDigits(parseHex(module.source.timestamp), 8));
  if (v.code === 0xc4n && (v.args[0] ?? 0n) === 0x62n) {
    const entry = formatPointer('x64', arch === 'x86' ? (v.args[2] ?? 0n) | 0xffffffff00000000n : v.args[2] ?? 0n);
    field('VERIFIER_DRIVER_ENTRY', `dt nt!_MI_VERIFIER_DRIVER_ENTRY ${entry}`);
  }
  field('DEFAULT_BUCKET_ID', a?.defaultBucketId);
  field('PROCESS_NAME', a?.processName);
  if (a?.currentIrql !== undefined) field('CURRENT_IRQL', String(a.currentIrql));
  for (const [name, value] of a?.extraFields ?? []) field(name, value);
  lines.push('STACK_TEXT:  ');
  const stackLines = formatStack(state.scenario.stack, { arch, layout: state.layout, withArgs: true, numbered: false, withSource: false })
    .split('\n')
    .slice(1)
    .filter((l) => l !== '');
  lines.push(...stackLines, '', '');
  field('STACK_COMMAND', 'kb');
  field('FOLLOWUP_NAME', 'MachineOwner');
  field('FAILURE_BUCKET_ID', a?.failureBucketId);
  field('BUCKET_ID', a?.failureBucketId);
  lines.push('Followup: MachineOwner', '---------', '', '');
  return lines.join('\n');
}

export async function analyzeCommand(ctx: CommandContext): Promise<void> {
  const verbose = /(^|\s)-v(\s|$)/.test(ctx.args);
  if (!verbose) {
    await ctx.write(shortAnalysis(ctx.state));
    return;
  }
  await ctx.write(verboseAnalysis(ctx.state));
}

export async function bugcheckCommand(ctx: CommandContext): Promise<void> {
  const v = bugcheckValues(ctx.state);
  const code = v?.code ?? 0n;
  const args = v?.args ?? [0n, 0n, 0n, 0n];
  const arch = ctx.state.arch;
  await ctx.write(
    `Bugcheck code ${hexDigits(code, 8).toUpperCase()}\nArguments ${args.map((a) => formatPointerTick(arch, a)).join(' ')}\n`,
  );
}
