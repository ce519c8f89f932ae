// !vm's pool usage against the maximum, as two meters.
import { useTranslation } from 'react-i18next';
import { formatMegabytesFromKb, formatPercent } from '../format/numberFormat';
import type { FindingOf } from './findingSelectors';

export function PoolUsageBars({ finding }: { finding: FindingOf<'pool-usage'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pools = [
    { name: t('inv.summary.nonPaged'), used: finding.nonPagedUsageKb, max: finding.nonPagedMaxKb },
    { name: t('inv.summary.paged'), used: finding.pagedUsageKb, max: finding.pagedMaxKb },
  ].filter((p) => p.used !== null);
  return (
    <dl className="inv-usage">
      {pools.map((p) => {
        const used = formatMegabytesFromKb(p.used!, lang);
        const text = p.max ? t('inv.usage.value', { used, max: `${formatMegabytesFromKb(p.max, lang)} (${formatPercent(p.used! / p.max, lang)})` }) : t('inv.usage.unknownMax', { used });
        return (
          <div key={p.name} className="inv-usage-row">
            <dt>{p.name}</dt>
            <dd>
              {p.max ? <meter min={0} max={p.max} value={p.used!} low={p.max * 0.6} high={p.max * 0.8} optimum={0} aria-label={p.name} /> : null}
              <span>{text}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
