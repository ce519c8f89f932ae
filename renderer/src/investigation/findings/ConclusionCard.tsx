// The answer of the run, first in the panel: the verdict, the core's summary, each
// suspect the evidence names (driver, function, source line, tag, how much) and,
// when the evidence does not decide, the next step to run — the summary and next step in
// the user's language when the core typed them (i18n/conclusionTexts.ts).
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../console/CommandButton';
import { BreakableText } from '../format/BreakableText';
import { formatBytes, formatBytesBinary, formatCount } from '../format/numberFormat';
import { conclusionSentences } from '../i18n/conclusionTexts';
import type { Conclusion, ConclusionSuspect } from '../state/reportConclusion';
import { SourceLink } from './SourceLink';

export function ConclusionCard({ conclusion }: { conclusion: Conclusion }) {
  const { t, i18n } = useTranslation();
  // Plain text (React escapes it); the target's names in it were made visible on arrival.
  const { summary, next } = conclusionSentences(i18n.language, conclusion);
  return (
    <section className={`inv-section inv-conclusion inv-verdict-${conclusion.verdict}`} aria-labelledby="inv-conclusion-heading" data-verdict={conclusion.verdict} tabIndex={-1}>
      <div className="inv-section-header">
        <h3 id="inv-conclusion-heading">{t('inv.conclusion.heading')}</h3>
        <span className="badge inv-verdict-badge">{t(`inv.conclusion.verdict.${conclusion.verdict}`)}</span>
      </div>
      <p className="inv-conclusion-summary">{summary}</p>
      {conclusion.suspects.length > 0 && (
        <>
          <h4 id="inv-conclusion-suspects">{t('inv.conclusion.suspects', { count: conclusion.suspects.length })}</h4>
          <ul className="inv-suspects" aria-labelledby="inv-conclusion-suspects">
            {conclusion.suspects.map((suspect, i) => (
              <SuspectItem key={i} suspect={suspect} />
            ))}
          </ul>
        </>
      )}
      {next && (
        <p className="inv-conclusion-next">
          <span className="inv-strong">{t('inv.conclusion.next')}</span> {next}
        </p>
      )}
    </section>
  );
}

function SuspectItem({ suspect }: { suspect: ConclusionSuspect }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const amounts: string[] = [];
  if (suspect.allocations !== null) {
    const allocations = formatCount(suspect.allocations, lang);
    amounts.push(
      suspect.bytes !== null
        ? t('inv.summary.leakedValue', { count: suspect.allocations, allocations, bytes: formatBytes(suspect.bytes, lang) })
        : t('inv.conclusion.allocations', { count: suspect.allocations, allocations }),
    );
  } else if (suspect.bytes !== null) {
    amounts.push(t('inv.conclusion.bytes', { bytes: formatBytes(suspect.bytes, lang) }));
  }
  if (suspect.growthBytesPerMinute !== null) amounts.push(t('inv.conclusion.growth', { rate: formatBytesBinary(suspect.growthBytesPerMinute, lang) }));
  return (
    <li className="inv-suspect">
      <span className="inv-suspect-who">
        {suspect.driver && <span className="mono inv-strong">{suspect.driver}</span>}
        {suspect.function && (
          <span className="mono inv-suspect-function">
            <BreakableText text={suspect.function} />
          </span>
        )}
        {suspect.file && <SourceLink file={suspect.file} line={suspect.line} fallback={suspect.file} className="mono" />}
        {!suspect.driver && !suspect.function && !suspect.file && <span className="inv-muted">{t('inv.conclusion.unknownCode')}</span>}
      </span>
      <span className="inv-suspect-what">
        {suspect.tag && (
          <>
            <span className="inv-muted">{t('inv.conclusion.tag')}</span>{' '}
            <CommandButton action={{ kind: 'poolfind', tag: suspect.tag }} className="mono inv-tag">
              {suspect.tag}
            </CommandButton>
          </>
        )}
        {amounts.length > 0 && <span>{amounts.join(' · ')}</span>}
      </span>
    </li>
  );
}
