// The JSON report: the findings model as it is.
import type { InvestigationReport } from './investigationReport';

export function renderJsonReport(report: InvestigationReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
