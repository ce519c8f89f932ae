// Report format from the file extension (.md / .html / .json) and its renderer.
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
    case 'markdown':
      return renderMarkdownReport(report);
    case 'html':
      return renderHtmlReport(report);
    case 'json':
      return renderJsonReport(report);
  }
}
