// Frames of a hand-written scenario's verifier log ("fffff8800447d634 myfault!MyfaultDeviceControl+0x358")
// computed from the scenario's own module symbols: a function's address is written once, in
// its module entry, and each frame names only the function and the offset into it.
import { formatPointer, parseHex } from '../addressFormat';
import type { ScenarioInput } from '../scenarioSchema';

export type ModuleInput = ScenarioInput['modules'][number];

export interface LogFrame {
  address: string;
  symbol: string;
}

/** A function `frameAt('module!Function', offset)` over the symbols of these x64 modules; an unknown name throws. */
export function symbolFrames(modules: readonly ModuleInput[]): (qualifiedName: string, offset: number) => LogFrame {
  return (qualifiedName, offset) => {
    const [moduleName, functionName] = qualifiedName.split('!');
    const symbol = modules.find((m) => m.name === moduleName)?.symbols?.find((s) => s.name === functionName);
    if (!symbol) throw new Error(`${qualifiedName} is not in the scenario's module symbols`);
    return {
      address: formatPointer('x64', parseHex(symbol.address) + BigInt(offset)),
      symbol: `${qualifiedName}+0x${offset.toString(16)}`,
    };
  };
}
