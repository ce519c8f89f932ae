// A form problem: what to fix in the user's language, the core's exact words below.
import { useTranslation } from 'react-i18next';
import type { TargetIssue } from './targetResolution';

/** `muted`: what is still missing rather than wrong (shown as a hint, without the core's words). */
export function IssueText({ issue, muted = false }: { issue: TargetIssue; muted?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="issue-text">
      <span className={muted ? 'field-hint' : 'error-text'}>{t(issue.key, issue.params)}</span>
      {issue.detail && !muted && <span className="issue-detail">{issue.detail}</span>}
    </span>
  );
}
