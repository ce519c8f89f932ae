// !vm's pool usage against the maximum, as two meters. On 64-bit Windows !vm's maximum
// is the address space reserved for the pool (16 TB), not memory: a percentage of it
// reads "0%" while one tag holds gigabytes, so there we show the usage without a meter.
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
  // The core compares such a pool with physical memory instead ("36% of 8,191 MB physical memory"): show its line.
  const addressSpace = pools.some((p) => p.max !== null && !meaningfulMax(p.max));
  return (
    <>
      <dl className="inv-usage">
        {pools.map((p) => {
          const used = formatMegabytesFromKb(p.used!, lang);
          const text = !p.max
            ? t('inv.usage.unknownMax', { used })
            : meaningfulMax(p.max)
              ? t('inv.usage.value', { used, max: `${formatMegabytesFromKb(p.max, lang)} (${formatPercent(p.used! / p.max, lang)})` })
              : t('inv.usage.addressSpace', { used, max: formatMegabytesFromKb(p.max, lang) });
          return (
            <div key={p.name} className="inv-usage-row">
              <dt>{p.name}</dt>
              <dd>
                {p.max && meaningfulMax(p.max) ? <meter min={0} max={p.max} value={p.used!} low={p.max * 0.6} high={p.max * 0.8} optimum={0} aria-label={p.name} /> : null}
                <span>{text}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      {addressSpace && <p className="inv-muted">{finding.title}</p>}
    </>
  );
}
