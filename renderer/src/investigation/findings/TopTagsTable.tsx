// The pool-growth playbook's ranking: top tags per pool with their owners; a tag
// runs `!poolfind` in the console.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../electron/contract';
import { CommandButton } from '../console/CommandButton';
import { formatBytes, formatCount } from '../format/numberFormat';
import { findingsOf } from './findingSelectors';

export function TopTagsTable({ findings }: { findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const top = findingsOf(findings, 'top-pool-tag');
  const owners = new Map(findingsOf(findings, 'tag-owner').map((f) => [f.tag, f]));
  // Tags no pooltag.txt knows: the core suggests how to find their driver.
  const unknown = findingsOf(findings, 'tag-owner').filter((f) => f.owners.length === 0);
  const pools = (['nonpaged', 'paged'] as const).filter((pool) => top.some((f) => f.pool === pool));
  return (
    <>
      {pools.map((pool) => {
        const rows = top.filter((f) => f.pool === pool).sort((a, b) => a.rank - b.rank);
        return (
          <div key={pool} className="inv-table-scroll">
            <table className="inv-simple-table">
              <caption>{t(`inv.topTags.${pool}`)}</caption>
              <thead>
                <tr>
                  <th scope="col" className="inv-num">{t('inv.topTags.rank')}</th>
                  <th scope="col">{t('inv.topTags.tag')}</th>
                  <th scope="col" className="inv-num">{t('inv.topTags.allocations')}</th>
                  <th scope="col" className="inv-num">{t('inv.topTags.bytes')}</th>
                  <th scope="col">{t('inv.topTags.owner')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((f) => {
                  const allocs = pool === 'nonpaged' ? f.usage.nonPagedAllocs : f.usage.pagedAllocs;
                  const bytes = pool === 'nonpaged' ? f.usage.nonPagedBytes : f.usage.pagedBytes;
                  const owner = owners.get(f.usage.tag);
                  const ownerText = owner && owner.owners.length > 0 ? owner.owners.join(', ') : (f.usage.owner ?? f.meaning?.allocator ?? null);
                  return (
                    <tr key={`${pool}-${f.rank}`}>
                      <td className="inv-num">{f.rank}</td>
                      <td>
                        <CommandButton action={{ kind: 'poolfind', tag: f.usage.tag }} className="mono inv-tag">
                          {f.usage.tag}
                        </CommandButton>
                      </td>
                      <td className="inv-num">{allocs === null ? '—' : formatCount(allocs, lang)}</td>
                      <td className="inv-num">{bytes === null ? '—' : formatBytes(bytes, lang)}</td>
                      <td className={ownerText ? 'inv-wrap' : 'inv-muted'} title={owner?.detail ?? f.detail ?? undefined}>
                        {ownerText ?? t('inv.topTags.ownerUnknown')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      {unknown.length > 0 && (
        <ul className="inv-notices stack-list">
          {unknown.map((f) => (
            <li key={f.id} className="inv-notice inv-notice-warning">
              <span className="inv-notice-severity">{t('inv.notices.severity.warning')}</span>
              <div className="inv-notice-body">
                <p className="inv-notice-title">{t('inv.topTags.unknownOwner', { tag: f.tag })}</p>
                {f.detail && <p className="inv-notice-detail">{f.detail}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
