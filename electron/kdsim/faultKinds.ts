// The faults kdsim can inject, each written once: the number `--fault kind=N` sets (its
// field in the scenario's FaultSpec), what a bare `--fault kind` means, and the field of
// OutputFaults it switches on. The CLI (kdsimCli.ts) parses with it, KdOutput's settings
// (faultInjection.ts) are made with it; scenarioSchema.ts validates the same kinds in files.
import type { OutputFaults } from './faultInjection';
import type { FaultSpec } from './scenarioSchema';

export type FaultKind = FaultSpec['kind'];

type NumberFieldOf<K extends FaultKind> = Exclude<keyof Extract<FaultSpec, { kind: K }>, 'kind'>;
type FieldsOfType<T> = { [F in keyof OutputFaults]: OutputFaults[F] extends T ? F : never }[keyof OutputFaults];

/** A fault that takes a number: `sets` gets it. */
interface NumberFault<K extends FaultKind> {
  number: NumberFieldOf<K>;
  /** The number of a bare `--fault kind`; without it the CLI asks for one. */
  cliDefault?: number;
  sets: Exclude<keyof OutputFaults, FieldsOfType<boolean>>;
}

/** An on/off fault: `sets` becomes true. */
interface SwitchFault {
  sets: FieldsOfType<boolean>;
}

type FaultKindDefinition<K extends FaultKind> = [NumberFieldOf<K>] extends [never] ? SwitchFault : NumberFault<K>;

/** In the order the CLI lists them. */
export const FAULT_KINDS: { readonly [K in FaultKind]: FaultKindDefinition<K> } = {
  'exit-mid-output': { number: 'afterBytes', cliDefault: 64, sets: 'exitAfterBytes' },
  hang: { number: 'afterCommands', cliDefault: 0, sets: 'hangAfterCommands' },
  slow: { number: 'msPerByte', cliDefault: 1, sets: 'slowMsPerByte' },
  garbage: { number: 'seed', cliDefault: 1, sets: 'garbageSeed' },
  'symbol-delay': { number: 'ms', sets: 'symbolDelayMs' },
  crlf: { sets: 'crlf' },
  'close-output': { number: 'afterCommands', cliDefault: 0, sets: 'closeOutputAfterCommands' },
  'eof-spin': { sets: 'eofSpin' },
  'lose-early-break': { number: 'ms', cliDefault: 300, sets: 'loseEarlyBreakMs' },
  'ignore-break': { sets: 'ignoreBreak' },
  'ignore-quit': { sets: 'ignoreQuit' },
  'reconnect-on-run': { number: 'ms', cliDefault: 300, sets: 'reconnectOnRunMs' },
  flood: { number: 'afterCommands', cliDefault: 0, sets: 'floodAfterCommands' },
  'dbgprint-on-run': { number: 'lines', cliDefault: 3, sets: 'dbgPrintLinesPerRun' },
};

export const FAULT_KIND_NAMES = Object.keys(FAULT_KINDS) as FaultKind[];

export function isFaultKind(name: string): name is FaultKind {
  return Object.hasOwn(FAULT_KINDS, name);
}

/** The definition of `kind`, seen without its kind-specific field names (for code that handles every kind alike). */
export function faultDefinition(kind: FaultKind): { number?: string; cliDefault?: number; sets: keyof OutputFaults } {
  return FAULT_KINDS[kind];
}

/** The OutputFaults field `fault` sets, and the value: its number, or true for an on/off fault. */
export function faultSetting(fault: FaultSpec): [keyof OutputFaults, number | true] {
  const { number, sets } = faultDefinition(fault.kind);
  return [sets, number === undefined ? true : (fault as unknown as Record<string, number>)[number]!];
}
