// Start-up text: the debugger header, how the target was reached (dump file, KDNET,
// local), the kernel version block, and the symbol-loading progress lines.
import { formatPointerTick, parseHex } from '../addressFormat';
import type { Scenario } from '../scenarioSchema';

export function debuggerHeader(scenario: Scenario): string[] {
  return [
    `Microsoft (R) Windows Debugger Version ${scenario.system.debuggerVersion}`,
    'Copyright (c) Microsoft Corporation. All rights reserved.',
    '',
  ];
}

export function versionBlock(scenario: Scenario): string[] {
  const s = scenario.system;
  return [
    s.kernelVersionLine,
    `Product: ${s.product}`,
    `Built by: ${s.buildLab}`,
    `Machine Name:${s.machineName ? ` ${s.machineName}` : ''}`,
    `Kernel base = 0x${formatPointerTick(s.arch, parseHex(s.kernelBase))} PsLoadedModuleList = 0x${formatPointerTick(s.arch, parseHex(s.psLoadedModuleList))}`,
    `Debug session time: ${s.sessionTime}`,
    `System Uptime: ${s.uptime}`,
  ];
}

export function connectLine(scenario: Scenario): string {
  const s = scenario.system;
  const arch = s.arch === 'x86' ? 'x86 compatible' : 'x64';
  return `Connected to ${s.connectName} ${s.build} ${arch} target`;
}

export function dots(count: number, perLine: number): string[] {
  const lines: string[] = [];
  for (let left = count; left > 0; left -= perLine) lines.push('.'.repeat(Math.min(perLine, left)));
  return lines;
}

/** "Loading Kernel Symbols" and its dots; user/unloaded sections when the scenario has them. */
export function symbolLoadingSections(scenario: Scenario): { title: string; dots: string[] }[] {
  const sym = scenario.symbols;
  const sections = [{ title: 'Loading Kernel Symbols', dots: dots(sym.kernelDots, sym.dotsPerLine) }];
  if (sym.userDots !== undefined) sections.push({ title: 'Loading User Symbols', dots: dots(sym.userDots, sym.dotsPerLine) });
  if (sym.unloadedDots !== undefined) {
    sections.push({ title: 'Loading unloaded module list', dots: dots(sym.unloadedDots, sym.dotsPerLine) });
  }
  return sections;
}

/** Lines before symbol loading, by target kind. */
export function bannerPrologue(scenario: Scenario, fatalErrorBlock: string[]): string[] {
  const lines = debuggerHeader(scenario);
  const t = scenario.target;
  if (t.kind === 'dump') {
    lines.push(
      '',
      `Loading Dump File [${t.dumpFile ?? 'C:\\Windows\\MEMORY.DMP'}]`,
      t.dumpKind ?? 'Kernel Bitmap Dump File: Kernel address space is available, User address space may not be available.',
      '',
      'Symbol search path is: ' + scenario.symbols.path,
      'Executable search path is: ',
      ...versionBlock(scenario),
    );
    return lines;
  }
  if (t.kind === 'local') {
    lines.push(
      'Connected to ' + scenario.system.connectName + ` ${scenario.system.build} ${scenario.system.arch} target, ptr64 ${scenario.system.arch === 'x64' ? 'TRUE' : 'FALSE'}`,
      'Symbol search path is: ' + scenario.symbols.path,
      'Executable search path is: ',
      ...versionBlock(scenario),
    );
    return lines;
  }
  if (t.transport === 'com') {
    lines.push('Opened \\\\.\\com1', 'Waiting to reconnect...');
  } else {
    lines.push(
      'Using NET for debugging',
      'Opened WinSock 2.0',
      'Waiting to reconnect...',
      'Connected to target 169.254.221.237 on port 50000 on local IP 169.254.239.46.',
      'You can get the target MAC address by running .kdtargetmac command.',
    );
  }
  lines.push(
    'Kernel Debugger connection established.',
    'Symbol search path is: ' + scenario.symbols.path,
    'Executable search path is: ',
    ...versionBlock(scenario),
    ...fatalErrorBlock,
    connectLine(scenario),
  );
  return lines;
}
