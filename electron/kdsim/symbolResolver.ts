// Address <-> symbol lookups over the scenario's modules: what ln, k and the verifier
// tables need (module!function+offset, the neighbouring symbols, source line), plus the
// small expression language kd commands take as addresses (hex, mod!sym+off).
import { parseHex, tryParseHex } from './addressFormat';
import type { Scenario, ScenarioModule, ScenarioSymbol } from './scenarioSchema';

export interface IndexedSymbol {
  module: IndexedModule;
  name: string;
  address: bigint;
  file?: string;
  lines: { address: bigint; line: number; file?: string }[];
  lnNextSymbolText?: string;
}

export interface IndexedModule {
  source: ScenarioModule;
  name: string;
  base: bigint;
  end: bigint;
  symbols: IndexedSymbol[];
}

export interface Resolution {
  module: IndexedModule;
  symbol: IndexedSymbol | null;
  offset: bigint;
  next: IndexedSymbol | null;
  sourceLine: { file: string; line: number; displacement: bigint } | null;
}

export class ExpressionError extends Error {
  constructor(
    readonly kind: 'resolve' | 'syntax',
    readonly text: string,
  ) {
    super(kind === 'resolve' ? `Couldn't resolve error at '${text}'` : `Syntax error in '${text}'`);
  }
}

function indexSymbol(module: IndexedModule, symbol: ScenarioSymbol): IndexedSymbol {
  return {
    module,
    name: symbol.name,
    address: parseHex(symbol.address),
    file: symbol.file,
    lines: (symbol.lines ?? [])
      .map((l) => ({ address: parseHex(l.address), line: l.line, file: l.file }))
      .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)),
    lnNextSymbolText: symbol.lnNextSymbolText,
  };
}

export class SymbolResolver {
  readonly modules: IndexedModule[];

  constructor(scenario: Pick<Scenario, 'modules'>) {
    this.modules = scenario.modules.map((m) => {
      const base = parseHex(m.base);
      const mod: IndexedModule = { source: m, name: m.name, base, end: base + parseHex(m.size), symbols: [] };
      mod.symbols = m.symbols
        .map((s) => indexSymbol(mod, s))
        .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
      return mod;
    });
  }

  findModule(address: bigint): IndexedModule | null {
    return this.modules.find((m) => address >= m.base && address < m.end) ?? null;
  }

  findModuleByName(name: string): IndexedModule | null {
    const lower = name.toLowerCase();
    return (
      this.modules.find(
        (m) => m.name.toLowerCase() === lower || m.source.image.toLowerCase() === lower,
      ) ?? null
    );
  }

  resolve(address: bigint): Resolution | null {
    const module = this.findModule(address);
    if (!module) return null;
    const usable = module.source.symbolStatus !== 'none';
    let symbol: IndexedSymbol | null = null;
    let next: IndexedSymbol | null = null;
    if (usable) {
      for (const s of module.symbols) {
        if (s.address <= address) symbol = s;
        else {
          next = s;
          break;
        }
      }
    }
    const offset = address - (symbol ? symbol.address : module.base);
    let sourceLine: Resolution['sourceLine'] = null;
    if (symbol && module.source.symbolStatus === 'private pdb') {
      let hit: IndexedSymbol['lines'][number] | null = null;
      for (const l of symbol.lines) if (l.address <= address) hit = l;
      const file = hit?.file ?? symbol.file;
      if (hit && file) sourceLine = { file, line: hit.line, displacement: address - hit.address };
    }
    return { module, symbol, offset, next, sourceLine };
  }

  /** "MyDriver!DeviceControlDispatch+0x4c", "nt!KeBugCheckEx", "myfault+0x4634". */
  symbolText(address: bigint): string | null {
    const r = this.resolve(address);
    if (!r) return null;
    const base = r.symbol ? `${r.module.name}!${r.symbol.name}` : r.module.name;
    return r.offset === 0n ? base : `${base}+0x${r.offset.toString(16)}`;
  }

  findSymbol(moduleName: string, symbolName: string): IndexedSymbol | null {
    const mod = this.findModuleByName(moduleName);
    if (!mod) return null;
    const lower = symbolName.toLowerCase();
    return mod.symbols.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  /** Evaluates kd address expressions: 9a3bf6ac, 0x…, fffff880`0447d634, mod!sym, mod!sym+0x10, mod. */
  evaluate(expression: string, extraSymbols: Record<string, bigint> = {}): bigint {
    const text = expression.trim();
    if (text === '') throw new ExpressionError('syntax', expression);
    const terms = text.split(/([+-])/);
    let total = 0n;
    let sign = 1n;
    for (const raw of terms) {
      const term = raw.trim();
      if (term === '+') {
        sign = 1n;
        continue;
      }
      if (term === '-') {
        sign = -1n;
        continue;
      }
      if (term === '') throw new ExpressionError('syntax', text);
      total += sign * this.evaluateTerm(term, text, extraSymbols);
    }
    return total & 0xffffffffffffffffn;
  }

  private evaluateTerm(term: string, whole: string, extraSymbols: Record<string, bigint>): bigint {
    const known = extraSymbols[term.toLowerCase()];
    if (known !== undefined) return known;
    const number = /^(0x)?[0-9a-f]+(`[0-9a-f]+)?$/i.test(term) ? tryParseHex(term) : null;
    if (number !== null) return number;
    const bang = term.indexOf('!');
    if (bang > 0) {
      const symbol = this.findSymbol(term.slice(0, bang), term.slice(bang + 1));
      if (symbol) return symbol.address;
      throw new ExpressionError('resolve', whole);
    }
    const mod = this.findModuleByName(term);
    if (mod) return mod.base;
    // kd resolves a bare name against nt as well.
    const ntSymbol = this.findSymbol('nt', term);
    if (ntSymbol) return ntSymbol.address;
    throw new ExpressionError('resolve', whole);
  }
}
