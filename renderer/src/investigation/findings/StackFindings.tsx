// Stacks that are not allocation sites: PoolHitTag hits (pool growth on a live
// target) and the verifier log entries of one block (corruption triage).
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../console/CommandButton';
import { formatBytes, sourceLabel } from '../format/numberFormat';
import { moduleOfSymbol, type FindingOf } from './findingSelectors';
import { StackFrames } from './StackFrames';

export function PoolHitStacksFinding({ finding, driverModule }: { finding: FindingOf<'pool-hit-stacks'>; driverModule: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="inv-finding">
      <h4>{t('inv.hits.heading', { tag: finding.tag })}</h4>
      {finding.detail && <p className="inv-muted">{finding.detail}</p>}
      {finding.stacks.map((stack, i) => (
        <div key={i} className="inv-stack">
          <p className="inv-stack-heading">
            {t('inv.hits.path', { count: stack.hits, hits: stack.hits, caller: stack.caller ?? '?' })}
            {stack.operation && <span className="inv-muted"> · {t(`inv.hits.operation.${stack.operation}`)}</span>}
          </p>
          <ol className="inv-frames">
            {stack.frames.map((frame, k) => {
              // Without a driver named, the caller's module is the one to look at.
              const module = driverModule ?? moduleOfSymbol(stack.caller);
              const own = module !== null && moduleOfSymbol(frame.symbol) === module;
              const source = sourceLabel(frame.file, frame.line);
              return (
                <li key={k} className={`inv-frame${own ? ' inv-frame-own' : ''}`}>
                  {frame.retAddr ? (
                    <CommandButton action={{ kind: 'ln', address: frame.retAddr }} className="mono inv-frame-address">
                      {frame.retAddr}
                    </CommandButton>
                  ) : (
                    <span className="mono inv-frame-address">—</span>
                  )}
                  <span className="inv-frame-cell">
                    <span className="mono inv-frame-symbol" title={frame.symbol ?? undefined}>
                      {frame.symbol ?? '?'}
                    </span>
                    {source && (
                      <span className="mono inv-frame-source" title={frame.file ?? undefined}>
                        {source}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}

export function VerifierLogFinding({ finding, driverModule }: { finding: FindingOf<'verifier-log-entries'>; driverModule: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="inv-finding">
      <h4>{t('inv.verifierLog.heading', { address: finding.address })}</h4>
      {finding.entries.map((entry, i) => {
        const heading = t('inv.verifierLog.entry', {
          operation: entry.operation ?? '?',
          size: entry.size === null ? '?' : formatBytes(entry.size, i18n.language),
          thread: entry.thread ?? '?',
        });
        return (
          <div key={i} className="inv-stack">
            <p className="inv-stack-heading">{heading}</p>
            <StackFrames frames={entry.frames} driverModule={driverModule} label={heading} />
          </div>
        );
      })}
    </div>
  );
}
