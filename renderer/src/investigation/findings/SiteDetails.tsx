// The expandable detail of one allocation site: what the tag is, how to fix it,
// the outstanding addresses and the allocation call stacks.
import { useTranslation } from 'react-i18next';
import type { AllocationSite } from '../../../../electron/contract';
import { AllocationAddress } from '../console/AllocationAddress';
import { BreakableText } from '../format/BreakableText';
import { formatBytes, formatCount } from '../format/numberFormat';
import { siteFix } from '../i18n/siteTexts';
import { StackFrames } from './StackFrames';
import { SourceLink } from './SourceLink';

const MAX_ADDRESSES = 24;

export function SiteDetails({ site, driverModule }: { site: AllocationSite; driverModule: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatCount(v, lang);
  return (
    <div className="inv-site-details">
      <dl className="inv-facts">
        <dt>{t('inv.sites.meaning')}</dt>
        <dd title={site.meaning.description || undefined}>{t('inv.sites.allocatedBy', { allocator: site.meaning.allocator, release: site.meaning.release })}</dd>
        <dt>{t('inv.sites.fix')}</dt>
        <dd className="inv-strong">{siteFix(t, lang, site)}</dd>
        <dt>{t('inv.sites.pool')}</dt>
        <dd>
          {t(`inv.sites.poolKind.${site.poolKind}`)}
          {site.poolKind === 'mixed' && (
            <span className="inv-muted">
              {' '}
              ({t('inv.summary.nonPaged')} {formatBytes(site.nonPagedBytes, lang)}, {t('inv.summary.paged')} {formatBytes(site.pagedBytes, lang)})
            </span>
          )}
        </dd>
        {site.file && (
          <>
            <dt>{t('inv.sites.file')}</dt>
            <dd className="mono">
              {site.line !== null ? (
                <SourceLink file={site.file} line={site.line} fallback={null} className="mono">
                  <BreakableText text={`${site.file}(${site.line})`} />
                </SourceLink>
              ) : (
                <BreakableText text={site.file} />
              )}
            </dd>
          </>
        )}
      </dl>
      <h5>{t('inv.sites.addresses')}</h5>
      <ul className="inv-address-list">
        {site.addresses.slice(0, MAX_ADDRESSES).map((address) => (
          <li key={address}>
            <AllocationAddress address={address} />
          </li>
        ))}
        {site.addresses.length > MAX_ADDRESSES && <li className="inv-muted">{t('inv.sites.moreAddresses', { count: n(site.addresses.length - MAX_ADDRESSES) })}</li>}
      </ul>
      <h5>{t('inv.sites.stacks')}</h5>
      {site.stacks.length === 0 && <p className="inv-muted">{t('inv.sites.noStacks')}</p>}
      {site.stacks.map((stack, i) => {
        const heading = t('inv.sites.stackHeading', { count: stack.allocations, allocations: n(stack.allocations) });
        return (
          <div key={i} className="inv-stack">
            <p className="inv-stack-heading">
              {heading}
              {stack.threads.length > 0 && <span className="inv-muted mono"> · {t('inv.sites.threads', { threads: stack.threads.slice(0, 3).join(', ') })}</span>}
            </p>
            <StackFrames frames={stack.frames} driverModule={driverModule} siteAddress={site.caller} label={`${site.tag} — ${heading}`} />
          </div>
        );
      })}
      {site.allocationsWithoutStack > 0 && <p className="inv-muted">{t('inv.sites.withoutStack', { count: n(site.allocationsWithoutStack) })}</p>}
    </div>
  );
}
