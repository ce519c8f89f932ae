// One plain-text line per investigation event, for the CLI's stderr (and logs).
import type { InvestigationEvent } from '../contract/investigationEvents';

export function createProgressFormatter(): (event: InvestigationEvent) => string | null {
  const titles = new Map<string, string>();
  let total = 0;
  const order = new Map<string, number>();
  let lastProgressAt = 0;
  let triage = false;
  const head = (stepId: string) => `[${order.get(stepId) ?? '?'}/${total}] ${titles.get(stepId) ?? stepId}`;
  return (event) => {
    switch (event.type) {
      case 'investigation-started':
        triage = event.playbook === 'triage';
        if (triage) return 'Triage: !analyze -v (and !verifier when the bug check does not decide) chooses the playbook';
        total = event.steps.length;
        event.steps.forEach((s, i) => {
          titles.set(s.id, s.title);
          order.set(s.id, i + 1);
        });
        return [
          `Playbook: ${event.title} (${event.target.offline ? 'offline, from a recorded log' : `${event.target.kind} target`})`,
          ...event.unavailable.map((u) => `  not offered: ${u.title} — ${u.reason}`),
        ].join('\n');
      case 'step-started':
        return triage ? null : `${head(event.stepId)} …`;
      case 'step-progress': {
        if (!event.progress.message) return null;
        const now = Date.now();
        if (now - lastProgressAt < 1000 && event.progress.done < event.progress.total) return null;
        lastProgressAt = now;
        return `      ${event.progress.message ?? ''} (${event.progress.done}/${event.progress.total})`.trimEnd();
      }
      case 'command-finished':
        return event.recorded ? `      > ${event.command}` : `      > ${event.command}   (not in the recorded log)`;
      case 'finding-added': {
        const mark = event.finding.severity === 'info' ? '•' : event.finding.severity === 'warning' ? '!' : '✗';
        return `    ${mark} ${event.finding.title}`;
      }
      case 'finding-removed':
        return null;
      case 'conclusion': {
        if (triage) return null;
        const c = event.conclusion;
        return [`Conclusion (${c.verdict}): ${c.summary}`, ...(c.next ? [`Next: ${c.next}`] : [])].join('\n');
      }
      case 'step-finished':
        if (event.status === 'skipped' && event.durationMs === 0) return `${head(event.stepId)} — skipped: ${event.reason ?? ''}`;
        return `      ${event.status}${event.reason ? `: ${event.reason}` : ''} (${(event.durationMs / 1000).toFixed(1)} s)`;
      case 'investigation-finished':
        if (triage && event.status === 'finished') return null;
        return `Investigation ${event.status}${event.reason ? `: ${event.reason}` : ''}`;
    }
  };
}
