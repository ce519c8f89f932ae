// Warnings, refused target text and notes, most severe first, each with its detail.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../electron/contract';
import { warningTitle } from '../i18n/coreTextTranslations';

export function NoticesList({ notices }: { notices: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="inv-notices stack-list">
      {notices.map((f) => {
        const title =
          f.kind === 'warning'
            ? warningTitle(lang, f.code, f.title)
            : f.kind === 'unsafe-target-text'
              ? t('inv.notices.unsafe', { what: f.what, text: JSON.stringify(f.text) })
              : f.title;
        const original = title !== f.title ? f.title : null;
        return (
          <li key={f.id} className={`inv-notice inv-notice-${f.severity}`}>
            <span className="inv-notice-severity">{t(`inv.notices.severity.${f.severity}`)}</span>
            <div className="inv-notice-body">
              <p className="inv-notice-title">{title}</p>
              {original && <p className="inv-muted">{original}</p>}
              {f.detail && <p className="inv-notice-detail">{f.detail}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
