import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, Finding, InvestigationEvent, SessionState } from '../../../electron/contract';
import { requestSchemas } from '../../../electron/contract/apiSchema';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

function recordEvents(service: CoreService) {
  const investigation: InvestigationEvent[] = [];
  const states: SessionState[] = [];
  service.onEvent((event: EventName, payload) => {
    if (event === 'investigation.event') investigation.push(payload as InvestigationEvent);
    if (event === 'session.state') states.push(payload as SessionState);
  });
  return { investigation, states };
}

describe('investigations through the core service (demo target over real pipes)', () => {
  it('runs the leak investigation on mydriver-x86 and streams the three allocation sites', async () => {
    core = createCoreService();
    const events = recordEvents(core);
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    // Seed 000 is a kd connected to a test machine that bug-checked: a live target.
    expect(events.states.at(-1)?.target?.targetKind).toBe('live');

    const result = await core.handlers['investigation.start']({ playbook: null, driver: null });
    expect(result.status).toBe('finished');

    const findings = events.investigation
      .filter((e): e is Extract<InvestigationEvent, { type: 'finding-added' }> => e.type === 'finding-added')
      .map((e) => e.finding);
    const sites = findings
      .filter((f): f is Extract<Finding, { kind: 'allocation-site' }> => f.kind === 'allocation-site')
      .map((f) => [f.site.tag, f.site.line, f.site.bytes]);
    expect(sites).toEqual(
      expect.arrayContaining([
        ['VMdl', 50, 0x20],
        ['mdrv', 38, 0x1008],
        ['Vfwi', 72, 0x30],
      ]),
    );
    expect(events.investigation[0]?.type).toBe('investigation-started');
    expect(events.investigation.at(-1)).toMatchObject({ type: 'investigation-finished', status: 'finished' });
  });

  it('exports the report in each format', async () => {
    core = createCoreService();
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    await core.handlers['investigation.start']({ playbook: 'leak-at-unload', driver: null });
    const markdown = await core.handlers['investigation.exportReport']({ format: 'markdown' });
    expect(markdown.fileName).toMatch(/^poolsleuth-report-.*\.md$/);
    expect(markdown.content).toContain('handleioctl.c');
    const json = await core.handlers['investigation.exportReport']({ format: 'json' });
    expect(JSON.parse(json.content)).toMatchObject({ driver: expect.stringMatching(/MyDriver/i) });
    const html = await core.handlers['investigation.exportReport']({ format: 'html' });
    expect(html.content).not.toMatch(/<script/i);
  });

  it('gives the report as data: null before a run, after it the same report as the JSON export, valid for the contract', async () => {
    core = createCoreService();
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    expect(await core.handlers['investigation.snapshot']({})).toEqual({ report: null });
    await core.handlers['investigation.start']({ playbook: 'leak-at-unload', driver: null });
    const { report } = await core.handlers['investigation.snapshot']({});
    expect(requestSchemas['investigation.snapshot'].result.safeParse({ report }).success).toBe(true);
    expect(report?.steps.find((x) => x.id === 'caller-lines')?.commands[0]?.output).toContain('handleioctl.c(50)');
    const json = JSON.parse((await core.handlers['investigation.exportReport']({ format: 'json' })).content);
    expect(JSON.parse(JSON.stringify(report))).toEqual({ ...json, generatedAt: report?.generatedAt });
  });

  it('re-runs one step of the last investigation and keeps the report after a disconnect', async () => {
    core = createCoreService();
    const events = recordEvents(core);
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    await core.handlers['investigation.start']({ playbook: 'leak-at-unload', driver: null });
    const before = events.investigation.length;
    const rerun = await core.handlers['investigation.rerunStep']({ stepId: 'caller-lines', following: false });
    expect(rerun.status).toBe('finished');
    const rerunEvents = events.investigation.slice(before);
    expect(rerunEvents.filter((e) => e.type === 'step-started').map((e) => (e as { stepId: string }).stepId)).toEqual(['caller-lines']);
    await core.handlers['session.disconnect']({});
    const report = await core.handlers['investigation.exportReport']({ format: 'markdown' });
    expect(report.content).toContain('handleioctl.c');
  });

  it('refuses a hostile driver name before it reaches the debugger', async () => {
    core = createCoreService();
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    const outcome = await dispatchRequest(core.handlers, 'investigation.start', { playbook: 'leak-at-unload', driver: 'evil.sys;.shell calc' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
  });

  it('explains that there is nothing to export before an investigation ran', async () => {
    core = createCoreService();
    const outcome = await dispatchRequest(core.handlers, 'investigation.exportReport', { format: 'markdown' });
    expect(outcome).toMatchObject({ ok: false, error: { message: 'No investigation has run on this target yet: run one first.' } });
  });
});
