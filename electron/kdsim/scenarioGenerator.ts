// Large generated scenarios for benchmarks: `--generate allocations=N,log=65536,sites=S,seed=K`.
// One verified driver (bigleak.sys) leaking N allocations from S sites with several
// tags and both pool types, a log of the given size (it wraps when N is larger), all
// deterministic for a given seed.
import { scenarioSchema, type Scenario, type ScenarioInput } from './scenarioSchema';
import { buildLeakScenario, type LeakFunctionSpec, type LeakSiteSpec } from './scenarios/leakScenarioBuilder';
import { SeededRandom } from './seededRandom';

export interface GenerateSpec {
  allocations: number;
  log: number;
  sites: number;
  seed: number;
}

const DEFAULTS: GenerateSpec = { allocations: 5000, log: 0x10000, sites: 20, seed: 1 };

export function parseGenerateSpec(text: string): GenerateSpec {
  const spec = { ...DEFAULTS };
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [key, value] = part.split('=', 2) as [string, string | undefined];
    const n = Number(value);
    if (!(key in spec) || value === undefined || !Number.isInteger(n) || n < 0) {
      throw new Error(`bad --generate item '${part}'; expected allocations=N,log=N,sites=N,seed=N`);
    }
    spec[key as keyof GenerateSpec] = n;
  }
  if (spec.sites < 1) throw new Error('--generate needs sites >= 1');
  if (spec.log < 1) throw new Error('--generate needs log >= 1');
  return spec;
}

const TAGS: { tag: string; kind: LeakSiteSpec['kind'] }[] = [
  { tag: 'BgLk', kind: 'pool' },
  { tag: 'BgRq', kind: 'pool' },
  { tag: 'BgCx', kind: 'pool' },
  { tag: 'VMdl', kind: 'mdl' },
  { tag: 'Vfwi', kind: 'workitem' },
];

/** The generated scenario before validation (also what the built-in list serves). */
export function generateScenarioInput(spec: GenerateSpec): ScenarioInput {
  const random = new SeededRandom(spec.seed);
  const functions: LeakFunctionSpec[] = [{ name: 'BigDispatchIoctl', offset: 0x1000, file: 'ioctl.c', firstLine: 20 }];
  const sites: LeakSiteSpec[] = [];
  let remaining = spec.allocations;
  for (let i = 0; i < spec.sites; i++) {
    const name = `BigLeakSite${String(i).padStart(3, '0')}`;
    functions.push({ name, offset: 0x2000 + i * 0x200, file: `site${i % 7}.c`, firstLine: 40 + i * 30 });
    const count = i === spec.sites - 1 ? remaining : Math.min(remaining, Math.max(0, Math.round(spec.allocations / spec.sites + (random.next() - 0.5) * 4)));
    remaining -= count;
    const t = TAGS[i % TAGS.length]!;
    sites.push({
      function: name,
      callOffset: 0x40 + random.int(0x100),
      line: 52 + i * 30 + random.int(20),
      tag: t.tag,
      kind: t.kind,
      size: t.kind === 'mdl' ? 0x40 : t.kind === 'workitem' ? 0x58 : [0x30, 0x80, 0x200, 0x1000][random.int(4)]!,
      poolType: t.kind === 'pool' && i % 3 === 2 ? 'Paged' : 'NonPaged',
      count,
    });
  }
  return buildLeakScenario({
    name: `generated-${spec.allocations}-x64`,
    description: `Generated: ${spec.allocations} leaked allocations from ${spec.sites} sites, ${spec.log}-entry verifier log (seed ${spec.seed})`,
    seed: spec.seed,
    bugcheckDriver: 'bigleak.sys',
    logCapacity: spec.log,
    logEntries: spec.log,
    drivers: [
      {
        name: 'bigleak',
        image: 'bigleak.sys',
        base: 0xfffff80689c00000n,
        size: 0x2000 + spec.sites * 0x200 + 0x1000,
        entry: 0xffffb88f3c790010n,
        state: 'Loaded and Unloaded',
        dispatchFunction: 'BigDispatchIoctl',
        functions,
        sites,
      },
    ],
  });
}

export function generateScenario(spec: GenerateSpec): Scenario {
  return scenarioSchema.parse(generateScenarioInput(spec));
}

export const DEFAULT_GENERATE_SPEC: Readonly<GenerateSpec> = DEFAULTS;
