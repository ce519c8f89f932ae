// Dump, live or local: what the debugger's banner says about the target it opened;
// the command line's flags (-z, -kl, -k) settle what the banner does not.
import type { TargetKind } from '../contract';
import type { BannerResult } from '../parsers';

export function targetKindOf(banner: BannerResult, argv: readonly string[] = []): TargetKind {
  if (banner.target === 'dump' || banner.target === 'live' || banner.target === 'local') return banner.target;
  if (argv.some((a) => /^-z$/i.test(a))) return 'dump';
  if (argv.some((a) => /^-kl$/i.test(a))) return 'local';
  if (argv.some((a) => /^-k$/i.test(a))) return 'live';
  return 'dump';
}
