// Where the guided leak investigation will live. The buttons exist now (their
// names are part of the product contract) and are wired by the investigation work.
import { useTranslation } from 'react-i18next';

export function InvestigationPlaceholder() {
  const { t } = useTranslation();
  const soon = t('actions.comingSoonTitle');
  return (
    <section className="card playbook-card" aria-labelledby="leak-playbook-heading">
      <div className="card-header">
        <h3 id="leak-playbook-heading">{t('investigation.leakHeading')}</h3>
        <span className="badge">{t('actions.comingSoon')}</span>
      </div>
      <p className="card-text">{t('investigation.leakDescription')}</p>
      <div className="button-row">
        <button type="button" className="btn" disabled title={soon}>
          {t('actions.runLeakInvestigation')}
        </button>
        <button type="button" className="btn" disabled title={soon}>
          {t('actions.exportReport')}
        </button>
      </div>
    </section>
  );
}
