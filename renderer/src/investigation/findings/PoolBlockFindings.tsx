// Pool blocks: `!poolfind` results for a tag (pool-blocks) and the pool page around
// a faulting address (pool-block). Addresses run `!pool` (menu: `!verifier 0x80`).
import { useTranslation } from 'react-i18next';
import type { PoolBlockView } from '../../../../electron/contract';
import { AllocationAddress } from '../console/AllocationAddress';
import { formatBytes, formatCount } from '../format/numberFormat';
import type { FindingOf } from './findingSelectors';

function BlocksTable({ blocks }: { blocks: readonly PoolBlockView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="inv-table-scroll">
      <table className="inv-simple-table">
        <thead>
          <tr>
            <th scope="col">{t('inv.blocks.address')}</th>
            <th scope="col" className="inv-num">{t('inv.blocks.size')}</th>
            <th scope="col">{t('inv.topTags.tag')}</th>
            <th scope="col">{t('inv.blocks.state')}</th>
          </tr>
        </thead>
        <tbody>
          {blocks.map((b, i) => (
            <tr key={`${b.address ?? 'none'}-${i}`} className={b.marked ? 'inv-marked' : undefined}>
              <td>{b.address ? <AllocationAddress address={b.address} /> : '—'}</td>
              <td className="inv-num">{b.size === null ? '—' : formatBytes(b.size, i18n.language)}</td>
              <td className="mono">{b.tag ?? '—'}</td>
              <td>
                {b.state ?? '—'}
                {b.marked && <span className="badge inv-badge-gap">{t('inv.poolBlock.marked')}</span>}
                {b.owner && <span className="inv-muted inv-block">{b.owner}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PoolBlocksFinding({ finding }: { finding: FindingOf<'pool-blocks'> }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatCount(v, i18n.language);
  return (
    <div className="inv-finding">
      <h4>{t('inv.blocks.heading', { tag: finding.tag })}</h4>
      <p className="inv-muted">{t('inv.blocks.counts', { allocated: n(finding.allocated), free: n(finding.free) })}</p>
      {finding.detail && <p className="inv-muted mono inv-wrap">{finding.detail}</p>}
      <BlocksTable blocks={finding.examples} />
    </div>
  );
}

export function PoolPageFinding({ finding }: { finding: FindingOf<'pool-block'> }) {
  const { t } = useTranslation();
  return (
    <div className="inv-finding">
      <h4>{t('inv.poolBlock.heading', { address: finding.address })}</h4>
      <p className="inv-finding-title">{finding.title}</p>
      {finding.region && <p className="inv-muted">{t('inv.poolBlock.region', { region: finding.region })}</p>}
      <BlocksTable blocks={finding.blocks} />
    </div>
  );
}
