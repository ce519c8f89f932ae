// Report format from the file extension (.md / .html / .json) and its renderer.
import { showTargetText, terminalSafeJson } from '../../contract/targetText';
import { renderHtmlReport } from './htmlReport';
import type { InvestigationReport } from './investigationReport';
import { renderJsonReport } from './jsonReport';
import { renderMarkdownReport } from './markdownReport';

export type ReportFormat = 'markdown' | 'html' | 'json';

export function reportFormatOf(file: string): ReportFormat | null {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  return null;
}

export function renderReport(report: InvestigationReport, format: ReportFormat): string {
  switch (format) {
    // Target text anywhere in a report (names, owners, symbols, raw output) is shown
    // through the one sanitiser: control, bidi and zero-width characters become visible
    // escapes; the JSON keeps its values (\u escapes).
    case 'markdown':
      return showTargetText(renderMarkdownReport(report), 'lines');
    case 'html':
      return showTargetText(renderHtmlReport(report), 'lines');
    case 'json':
      return terminalSafeJson(renderJsonReport(report));
  }
}
