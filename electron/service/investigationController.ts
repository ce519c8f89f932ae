// Runs playbooks on the core's current session for the UI: one investigation at
// a time, its events forwarded, its report exported on demand.
import type { InvestigationEvent, PlaybookId, ReportFormat, TargetKind } from '../contract';
import type { CommandRunner, ConsoleOutputTap } from '../investigation/commandRunner';
import type { Investigation } from '../investigation/investigationEngine';
import type { InvestigationOptions } from '../investigation/investigationOptions';
import { buildReport, type InvestigationReport } from '../investigation/reports/investigationReport';
import { renderReport } from '../investigation/reports/reportFormats';
import { runInvestigation } from '../investigation/runInvestigation';
import type { BannerResult } from '../parsers';

export interface InvestigationTarget {
  /** The session, or for a replay the session plus the recording's "is this command recorded?". */
  runner: CommandRunner;
  tap: ConsoleOutputTap;
  kind: TargetKind;
  /** A replayed recording: steps whose commands it lacks report "No data in the recorded log". */
  offline: boolean;
  banner: BannerResult | null;
  description: string;
}

const reportFiles: Record<ReportFormat, { extension: string; mimeType: string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  html: { extension: 'html', mimeType: 'text/html' },
  json: { extension: 'json', mimeType: 'application/json' },
};

export class InvestigationController {
  private running: AbortController | null = null;
  private last: { investigation: Investigation; target: InvestigationTarget } | null = null;

  constructor(private readonly publish: (event: InvestigationEvent) => void) {}

  get isRunning(): boolean {
    return this.running !== null;
  }

  async start(
    target: InvestigationTarget,
    playbook: PlaybookId | null,
    options: Partial<InvestigationOptions>,
  ): Promise<'finished' | 'failed' | 'cancelled'> {
    if (this.running) throw new Error('An investigation is already running; cancel it first.');
    const abort = new AbortController();
    this.running = abort;
    try {
      const investigation = await runInvestigation({
        env: { runner: target.runner, tap: target.tap, target: { kind: target.kind, offline: target.offline } },
        playbook,
        options,
        facts: { banner: target.banner },
        signal: abort.signal,
        onEvent: this.publish,
      });
      this.last = { investigation, target };
      const status = investigation.status;
      return status === 'finished' || status === 'cancelled' ? status : 'failed';
    } finally {
      this.running = null;
    }
  }

  /** Runs one step again (and, with `following`, every step after it) on the same session. */
  async rerunStep(stepId: string, following: boolean): Promise<'finished' | 'failed' | 'cancelled'> {
    if (this.running) throw new Error('An investigation is already running; cancel it first.');
    if (!this.last) throw new Error('No investigation has run on this target yet: run one first.');
    const abort = new AbortController();
    this.running = abort;
    const off = this.last.investigation.on(this.publish);
    try {
      const status = await this.last.investigation.rerun(stepId, { following, signal: abort.signal });
      return status === 'finished' || status === 'cancelled' ? status : 'failed';
    } finally {
      off();
      this.running = null;
    }
  }

  /** The last investigation belongs to a session that is gone. */
  forget(): void {
    this.last = null;
  }

  cancel(): void {
    this.running?.abort();
  }

  /** The last investigation's report, or null before one ran on this target. */
  snapshot(): InvestigationReport | null {
    if (!this.last) return null;
    const { investigation, target } = this.last;
    return buildReport(investigation, { kind: target.kind, offline: target.offline }, { description: target.description, banner: target.banner });
  }

  exportReport(format: ReportFormat): { fileName: string; mimeType: string; content: string } {
    const report = this.snapshot();
    if (!report) throw new Error('No investigation has run on this target yet: run one first.');
    const { extension, mimeType } = reportFiles[format];
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return { fileName: `poolsleuth-report-${stamp}.${extension}`, mimeType, content: renderReport(report, format) };
  }
}
