// The report model (declared in electron/contract/investigationReportTypes.ts): one
// JSON-serialisable object with everything a report shows —
// target, bug check, driver, totals, sites with source and stacks, steps with their
// commands and raw output, warnings. The JSON report is this object; Markdown and HTML
// render it.
import type { BannerResult } from '../../parsers';
import type { InvestigationReport } from '../../contract/investigationReportTypes';
import { concludeTyped, englishConclusion } from '../conclusion/concludeInvestigation';
import type { Investigation } from '../investigationEngine';
import type { TargetKind } from '../targetCapabilities';

// Declared in the contract (the renderer reads the JSON report back); re-exported for the writers.
export type { InvestigationReport, ReportStep, ReportTarget } from '../../contract/investigationReportTypes';

export interface ReportContext {
  description: string;
  banner?: BannerResult | null;
  now?: Date;
}

function warningsOf(investigation: Investigation): string[] {
  const out: string[] = [];
  for (const f of investigation.findings) {
    const isWarning = f.kind === 'warning' || f.kind === 'unsafe-target-text' || (f.kind === 'symbols' && f.severity !== 'info');
    if (!isWarning) continue;
    // Some details restate their title as the first sentence: do not say it twice.
    const restated = f.detail !== null && f.detail.startsWith(f.title.replace(/\.$/, ''));
    out.push(f.detail ? (restated ? f.detail : `${f.title}: ${f.detail}`) : f.title);
  }
  for (const s of investigation.steps) {
    if (s.status === 'skipped' && s.reasonMessage?.code === 'no-recorded-data') out.push(`${s.title}: ${s.reason}`);
  }
  if (investigation.failure && investigation.status !== 'finished') out.push(investigation.failure);
  return out;
}

export function buildReport(investigation: Investigation, target: { kind: TargetKind; offline: boolean }, context: ReportContext): InvestigationReport {
  const facts = investigation.facts;
  const banner = context.banner ?? facts.banner;
  const typed = investigation.conclusion
    ? null
    : concludeTyped(investigation.playbook.id, investigation.status, investigation.failure, {
        facts,
        steps: investigation.steps,
        unavailable: investigation.unavailable,
        options: investigation.options,
        target: { kind: target.kind, offline: target.offline },
      });
  const conclusion = investigation.conclusion ?? englishConclusion(typed!);
  const conclusionMessages = typed ? { summary: typed.summary, next: typed.next } : investigation.conclusionMessages;
  return {
    schemaVersion: 1,
    tool: 'PoolSleuth',
    conclusion,
    ...(conclusionMessages ? { conclusionMessages } : {}),
    generatedAt: (context.now ?? new Date()).toISOString(),
    status: investigation.status,
    failure: investigation.failure,
    playbook: investigation.playbook.id,
    playbookTitle: investigation.playbook.title,
    target: {
      kind: target.kind,
      offline: target.offline,
      description: context.description,
      kernelVersion: banner?.kernelVersion ?? null,
      debuggerVersion: banner?.debuggerVersion ?? null,
      dumpFile: banner?.dumpFile ?? null,
    },
    bugcheck: facts.bugcheck,
    // Pool growth and corruption name their driver in the conclusion, not in facts.driver.
    driver: facts.driver?.name ?? conclusion.suspects.find((s) => s.driver !== null)?.driver ?? null,
    leak: facts.leak,
    sites: facts.sites,
    findings: investigation.findings,
    steps: investigation.steps.map((s) => ({
      id: s.id,
      title: s.title,
      why: s.why,
      status: s.status,
      reason: s.reason,
      reasonMessage: s.reasonMessage,
      durationMs: s.durationMs,
      roundTrips: s.roundTrips,
      commands: s.commands,
    })),
    unavailableSteps: investigation.unavailable,
    warnings: warningsOf(investigation),
    roundTrips: investigation.roundTrips,
  };
}
