// A form problem: what to fix in the user's language, the core's exact words below.
import { useTranslation } from 'react-i18next';
import type { TargetIssue } from './targetResolution';

export function IssueText({ issue }: { issue: TargetIssue }) {
  const { t } = useTranslation();
  return (
    <span className="issue-text">
      <span className="error-text">{t(issue.key, issue.params)}</span>
      {issue.detail && <span className="issue-detail">{issue.detail}</span>}
    </span>
  );
}
