// Addresses a hand-written scenario takes from its own module symbols: the frames of its
// verifier log ("fffff8800447d634 myfault!MyfaultDeviceControl+0x358") and nt!PoolHitTag.
// A function's address is written once, in its module entry; a frame names only the
// function and the offset into it.
import { formatPointer, parseHex } from '../addressFormat';
import type { ScenarioInput } from '../scenarioSchema';

export type ModuleInput = ScenarioInput['modules'][number];

export interface LogFrame {
  address: string;
  symbol: string;
}

/** The address a module's symbol table gives 'module!Function', as written there; an unknown name throws. */
export function symbolAddress(modules: readonly ModuleInput[], qualifiedName: string): string {
  const [moduleName, functionName] = qualifiedName.split('!');
  const symbol = modules.find((m) => m.name === moduleName)?.symbols?.find((s) => s.name === functionName);
  if (!symbol) throw new Error(`${qualifiedName} is not in the scenario's module symbols`);
  return symbol.address;
}

/** A function `frameAt('module!Function', offset)` over the symbols of these x64 modules; an unknown name throws. */
export function symbolFrames(modules: readonly ModuleInput[]): (qualifiedName: string, offset: number) => LogFrame {
  return (qualifiedName, offset) => ({
    address: formatPointer('x64', parseHex(symbolAddress(modules, qualifiedName)) + BigInt(offset)),
    symbol: `${qualifiedName}+0x${offset.toString(16)}`,
  });
}
