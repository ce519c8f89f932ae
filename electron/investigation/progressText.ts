// One plain-text line per investigation event, for the CLI's stderr (and logs).
import type { InvestigationEvent } from '../contract/investigationEvents';

export function createProgressFormatter(): (event: InvestigationEvent) => string | null {
  const titles = new Map<string, string>();
  let total = 0;
  const order = new Map<string, number>();
  let lastProgressAt = 0;
  let triage = false;
  // Steps the triage finished; the playbook adopts them (investigationEngine adoptFrom) and does not run them again.
  const ranInTriage = new Map<string, string>();
  const started = new Set<string>();
  const head = (stepId: string) => (triage ? `  ${titles.get(stepId) ?? stepId}` : `[${order.get(stepId) ?? '?'}/${total}] ${titles.get(stepId) ?? stepId}`);
  /** Lines for the adopted steps placed before `stepId` that were not yet mentioned, in order. */
  const adoptedBefore = (stepId: string): string[] => {
    if (triage) return [];
    const at = order.get(stepId) ?? 0;
    const lines: string[] = [];
    for (const [id, status] of ranInTriage) {
      if ((order.get(id) ?? Infinity) >= at) continue;
      lines.push(`${head(id)} — ${status} in the triage above`);
      ranInTriage.delete(id);
    }
    return lines;
  };
  return (event) => {
    switch (event.type) {
      case 'investigation-started':
        triage = event.playbook === 'triage';
        for (const s of event.steps) titles.set(s.id, s.title);
        if (triage) return 'Triage: !analyze -v (and !verifier when the bug check does not decide) chooses the playbook';
        total = event.steps.length;
        event.steps.forEach((s, i) => order.set(s.id, i + 1));
        return [
          `Playbook: ${event.title} (${event.target.offline ? 'offline, from a recorded log' : `${event.target.kind} target`})`,
          ...event.unavailable.map((u) => `  not offered: ${u.title} — ${u.reason}`),
        ].join('\n');
      case 'step-started':
        started.add(event.stepId);
        return [...adoptedBefore(event.stepId), `${head(event.stepId)} …`].join('\n');
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
        if (triage && event.status === 'done') ranInTriage.set(event.stepId, event.status);
        // A step skipped before it started gets its own headed line; one that ran says so under its head.
        if (!started.has(event.stepId)) return [...adoptedBefore(event.stepId), `${head(event.stepId)} — ${event.status}: ${event.reason ?? ''}`].join('\n');
        return `      ${event.status}${event.reason ? `: ${event.reason}` : ''} (${(event.durationMs / 1000).toFixed(1)} s)`;
      case 'investigation-finished':
        if (triage && event.status === 'finished') return null;
        return `Investigation ${event.status}${event.reason ? `: ${event.reason}` : ''}`;
    }
  };
}
