// Per-site sentences: the core's English fix in English, a translated template
// built from the tag meaning (allocator / release) in other languages.
import type { AllocationSite } from '../../../../electron/contract';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function siteFix(t: Translate, language: string, site: AllocationSite): string {
  if (language === 'en' && site.meaning.fix) return site.meaning.fix;
  const { allocator, release, origin } = site.meaning;
  return t(`inv.sites.fixTemplate.${origin}`, { allocator, release, tag: site.tag });
}
