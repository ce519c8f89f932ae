// !vm's pool usage against the maximum, as two meters. On 64-bit Windows !vm's maximum
// is the address space reserved for the pool (16 TB), not memory: a percentage of it
// reads "0%" while one tag holds gigabytes, so there the meter measures the pool against
// physical memory (or, unknown, shows the usage alone).
import { useTranslation } from 'react-i18next';
import { formatMegabytesFromKb, formatPercent } from '../format/numberFormat';
import type { FindingOf } from './findingSelectors';

/** Above 1 TB the maximum is address space, not a limit the pool will reach. */
const addressSpaceKb = 1024 * 1024 * 1024;
const meaningfulMax = (maxKb: number): boolean => maxKb > 0 && maxKb < addressSpaceKb;

export function PoolUsageBars({ finding }: { finding: FindingOf<'pool-usage'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pools = [
    { name: t('inv.summary.nonPaged'), used: finding.nonPagedUsageKb, max: finding.nonPagedMaxKb },
    { name: t('inv.summary.paged'), used: finding.pagedUsageKb, max: finding.pagedMaxKb },
  ].filter((p) => p.used !== null);
  // Such a pool is measured against physical memory (!vm's own figure) when the core read it.
  const physical = finding.physicalMemoryKb ?? null;
  const addressSpaceMax = pools.find((p) => p.max !== null && !meaningfulMax(p.max))?.max ?? null;
  return (
    <>
      <dl className="inv-usage">
        {pools.map((p) => {
          const used = formatMegabytesFromKb(p.used!, lang);
          const limit = p.max && meaningfulMax(p.max) ? p.max : p.max && physical ? physical : null;
          const text = !p.max
            ? t('inv.usage.unknownMax', { used })
            : meaningfulMax(p.max)
              ? t('inv.usage.value', { used, max: `${formatMegabytesFromKb(p.max, lang)} (${formatPercent(p.used! / p.max, lang)})` })
              : physical
                ? t('inv.usage.physical', { used, physical: formatMegabytesFromKb(physical, lang), percent: formatPercent(p.used! / physical, lang) })
                : t('inv.usage.addressSpace', { used, max: formatMegabytesFromKb(p.max, lang) });
          return (
            <div key={p.name} className="inv-usage-row">
              <dt>{p.name}</dt>
              <dd>
                {limit ? <meter min={0} max={limit} value={Math.min(p.used!, limit)} low={limit * 0.6} high={limit * 0.8} optimum={0} aria-label={p.name} /> : null}
                <span>{text}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      {addressSpaceMax !== null && physical !== null && <p className="inv-muted">{t('inv.usage.addressSpaceNote', { max: formatMegabytesFromKb(addressSpaceMax, lang) })}</p>}
    </>
  );
}
