// Which driver leaked: --driver wins; then the verified driver the triage found holding
// tracked pool when it is not the faulting image; else IMAGE_NAME / MODULE_NAME from
// !analyze; else the UNICODE_STRING in Arg2 of C4/0x62 (dS, then du); with no bug check,
// the verified driver that still holds allocations (!verifier).
import { commandLineAddress, isSafeModuleName, parseHexNumber, parseVerifierPoolOutput } from '../../../parsers';
import type { DriverSource } from '../../../contract/findingTypes';
import { outputLines } from '../../outputLines';
import { adviseOption, userDriverOrigin } from '../../optionAdvice';
import { driversHoldingPool } from '../shared/verifierCheckStep';
import { moduleNameOf, refuse, safeAddress } from '../../safeCommandArguments';
import { StepFailure } from '../../stepErrors';
import type { StepContext, StepDefinition } from '../../stepTypes';

/** The quoted text of a `dS` / `du` answer: 9a3c0018  "MyDriver.sys". */
export function quotedString(output: string): string | null {
  for (const line of outputLines(output)) {
    const m = /^\s*[0-9a-fA-F`]{8,17}\s+"(.*)"\s*$/.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

function imageNameFrom(text: string): string {
  // A path ("\SystemRoot\system32\drivers\x.sys") -> its file name.
  const base = text.split(/[\\/]/).pop() ?? text;
  return base.trim();
}

async function fromBugcheckArgument(ctx: StepContext): Promise<string | null> {
  const b = ctx.facts.bugcheck;
  if (!b || parseHexNumber(b.code) !== 0xc4 || parseHexNumber(b.args[0] ?? null) !== 0x62) return null;
  const arg2 = b.args[1];
  if (!arg2 || commandLineAddress(arg2) === null) return null;
  const address = safeAddress(ctx, arg2, 'bug check argument');
  const ds = await ctx.run(`dS ${address}`);
  const text = (ds !== null ? quotedString(ds) : null) ?? quotedString((await ctx.run(`du ${address}`)) ?? '');
  return text ? imageNameFrom(text) : null;
}

/** Offline: the driver a colleague ran `!verifier 3 <driver>` on. */
function fromRecordedVerifierCommand(ctx: StepContext): string | null {
  for (const command of ctx.recordedCommands() ?? []) {
    const m = /^!verifier\s+(?:0x)?3\s+(\S+)\s*$/i.exec(command.trim());
    if (m) return m[1]!;
  }
  return null;
}

async function fromVerifier(ctx: StepContext): Promise<string | null> {
  const output = await ctx.run('!verifier');
  if (output === null) return null;
  const result = parseVerifierPoolOutput(outputLines(output), '!verifier');
  ctx.facts.verifier = result;
  const holding = result.drivers
    .map((d) => ({ name: d.name, bytes: (d.current.nonPagedBytes ?? 0) + (d.current.pagedBytes ?? 0) }))
    .filter((d) => d.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  if (result.flags !== null) ctx.facts.verifiedDriversHoldingPool = driversHoldingPool(result);
  if (holding.length > 1) {
    ctx.warn(
      'several-verified-drivers',
      `${holding.length} verified drivers hold pool: ${holding.map((d) => `${d.name} (0x${d.bytes.toString(16)} bytes)`).join(', ')}. Investigating ${holding[0]!.name} first; the others' allocations are read after it.`,
    );
  }
  return holding[0]?.name ?? (result.drivers.length === 1 ? result.drivers[0]!.name : null);
}

export const driverStep: StepDefinition = {
  id: 'driver',
  title: 'Identify the driver',
  why: 'Bug check 0xC4/0x62 names the unloading driver (IMAGE_NAME, or the string in Arg2); its name selects the verifier data to read.',
  async run(ctx) {
    let name: string | null;
    let source: DriverSource;
    const analyze = ctx.facts.analyze;
    const faulting = analyze?.imageName ?? analyze?.moduleName ?? null;
    const tracked = ctx.facts.verifierLeakDriver;
    if (ctx.options.driver) {
      name = ctx.options.driver;
      source = 'user';
    } else if (tracked && (faulting === null || moduleNameOf(tracked).toLowerCase() !== moduleNameOf(faulting).toLowerCase())) {
      name = tracked;
      source = 'verifier';
    } else if (analyze?.imageName) {
      name = analyze.imageName;
      source = 'image-name';
    } else if (analyze?.moduleName) {
      name = /\.(sys|dll|exe)$/i.test(analyze.moduleName) ? analyze.moduleName : `${analyze.moduleName}.sys`;
      source = 'module-name';
    } else {
      name = await fromBugcheckArgument(ctx);
      source = 'bugcheck-argument';
      if (!name) {
        name = fromRecordedVerifierCommand(ctx) ?? (await fromVerifier(ctx));
        source = 'verifier';
      }
    }
    if (!name) throw new StepFailure(`Could not tell which driver to investigate: no bug check names one and Driver Verifier lists none holding pool: ${adviseOption(ctx.options, 'driver')}.`);
    if (!isSafeModuleName(name)) refuse(ctx, 'driver name', name);
    ctx.facts.driver = { name, source };
    const how: Record<DriverSource, string> = {
      user: userDriverOrigin(ctx.options),
      'image-name': 'IMAGE_NAME of !analyze -v',
      'module-name': 'MODULE_NAME of !analyze -v',
      'bugcheck-argument': 'the driver name in Arg2 of the bug check',
      verifier: 'the verified driver that still holds pool',
    };
    ctx.addFinding({ kind: 'driver', severity: 'info', driver: name, source, title: `Driver: ${name}`, detail: `From ${how[source]}.` });
  },
};
