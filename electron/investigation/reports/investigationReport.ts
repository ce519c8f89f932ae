// The report model: one JSON-serialisable object with everything a report shows —
// target, bug check, driver, totals, sites with source and stacks, steps with their
// commands and raw output, warnings. The JSON report is this object; Markdown and HTML
// render it.
import type { BannerResult } from '../../parsers';
import type { AllocationSite, BugcheckSummary, Finding, LeakTotals } from '../../contract/findingTypes';
import type { InvestigationStatus, UnavailableStep } from '../../contract/investigationEvents';
import type { Investigation } from '../investigationEngine';
import type { CommandRecord, PlaybookId, StepStatus } from '../stepTypes';
import type { TargetKind } from '../targetCapabilities';

export interface ReportTarget {
  kind: TargetKind;
  offline: boolean;
  /** "demo target mydriver-x86", "kd -z C:\dumps\MEMORY.DMP", "transcript session.log". */
  description: string;
  kernelVersion: string | null;
  debuggerVersion: string | null;
  dumpFile: string | null;
}

export interface ReportStep {
  id: string;
  title: string;
  why: string;
  status: StepStatus;
  reason: string | null;
  durationMs: number | null;
  roundTrips: number;
  commands: CommandRecord[];
}

export interface InvestigationReport {
  schemaVersion: 1;
  tool: 'PoolSleuth';
  generatedAt: string;
  status: InvestigationStatus;
  failure: string | null;
  playbook: PlaybookId | 'triage';
  playbookTitle: string;
  target: ReportTarget;
  bugcheck: BugcheckSummary | null;
  driver: string | null;
  leak: LeakTotals | null;
  sites: AllocationSite[];
  findings: Finding[];
  steps: ReportStep[];
  /** Steps of the playbook this target cannot run (e.g. PoolHitTag on a dump). */
  unavailableSteps: UnavailableStep[];
  warnings: string[];
  /** Debugger round trips the investigation cost (batched commands count once). */
  roundTrips: number;
}

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
    if (s.status === 'skipped' && /^No data in the recorded log/.test(s.reason ?? '')) out.push(`${s.title}: ${s.reason}`);
  }
  if (investigation.failure && investigation.status !== 'finished') out.push(investigation.failure);
  return out;
}

export function buildReport(investigation: Investigation, target: { kind: TargetKind; offline: boolean }, context: ReportContext): InvestigationReport {
  const facts = investigation.facts;
  const banner = context.banner ?? facts.banner;
  return {
    schemaVersion: 1,
    tool: 'PoolSleuth',
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
    driver: facts.driver?.name ?? null,
    leak: facts.leak,
    sites: facts.sites,
    findings: investigation.findings,
    steps: investigation.steps.map((s) => ({
      id: s.id,
      title: s.title,
      why: s.why,
      status: s.status,
      reason: s.reason,
      durationMs: s.durationMs,
      roundTrips: s.roundTrips,
      commands: s.commands,
    })),
    unavailableSteps: investigation.unavailable,
    warnings: warningsOf(investigation),
    roundTrips: investigation.roundTrips,
  };
}
