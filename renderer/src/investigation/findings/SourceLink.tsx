// A site's source location ("handleioctl.c:50") that opens the source viewer at that
// line when pressed — the last step from "this tag leaks" to "this line leaks". Without
// a file and line it is plain text (the fallback the caller gives).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openSourceLocation } from '../../source/sourceViewerStore';
import { sourceLabel } from '../format/numberFormat';

interface SourceLinkProps {
  file: string | null;
  line: number | null;
  /** Shown (as plain text) when there is no file:line to open. */
  fallback: ReactNode;
  /** The link's text; default "handleioctl.c:50". */
  children?: ReactNode;
  className?: string;
  /** For roving focus in the table: -1 keeps the button out of the Tab order. */
  tabIndex?: number;
}

export function SourceLink({ file, line, fallback, children, className, tabIndex }: SourceLinkProps) {
  const { t } = useTranslation();
  const label = sourceLabel(file, line);
  if (file === null || line === null || label === null) {
    return (
      <span className={className} title={file ?? undefined}>
        {label ?? fallback}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`inv-cmd ${className ?? ''}`}
      title={`${file}(${line})\n${t('inv.sites.openSource')}`}
      tabIndex={tabIndex}
      onClick={() => openSourceLocation(file, line)}
    >
      {children ?? label}
    </button>
  );
}
