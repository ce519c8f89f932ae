// Offline analysis: a session recorded by PoolSleuth (JSON-lines transcript) replayed
// through the same playbook gives the same findings as the live run.
import { describe, expect, it } from 'vitest';
import { serializeTranscript } from '../../../electron/debugger/transcriptFile';
import type { AllocationSite } from '../../../electron/contract/findingTypes';
import { openTranscriptText } from '../../../electron/investigation/offline/transcriptTarget';
import { runInvestigation } from '../../../electron/investigation/runInvestigation';
import { investigateKdsim } from './kdsimInvestigation';

function essentials(sites: AllocationSite[]) {
  return sites.map((s) => ({ tag: s.tag, allocations: s.allocations, bytes: s.bytes, file: s.file, line: s.line, symbol: s.symbol, stacks: s.stacks.map((k) => k.frames) }));
}

describe('offline analysis of a saved PoolSleuth transcript', () => {
  for (const scenario of ['mydriver-x86', 'myfault-x64']) {
    it(`${scenario}: same sites offline as live`, async () => {
      const options = scenario === 'myfault-x64' ? { driver: 'myfault.sys' } : {};
      const live = await investigateKdsim(scenario, { options });
      expect(live.investigation.status).toBe('finished');
      const text = serializeTranscript({
        header: { format: 'poolsleuth-transcript', version: 1, createdAt: new Date().toISOString(), target: { description: `demo ${scenario}`, kind: 'demo' }, prompt: 'kd> ' },
        entries: live.run.target.transcript,
      });
      const opened = openTranscriptText(text);
      expect(opened.format).toBe('poolsleuth-transcript');
      const offline = await runInvestigation({ env: { runner: opened.runner, target: { kind: opened.targetKind, offline: true } }, playbook: null, options });
      expect(offline.status).toBe('finished');
      expect(offline.playbook.id).toBe('leak-at-unload');
      expect(essentials(offline.facts.sites)).toEqual(essentials(live.investigation.facts.sites));
      expect(offline.facts.leak).toEqual(live.investigation.facts.leak);
      // Every step that ran live had its data in the log.
      for (const step of offline.steps) expect(step.status).toBe(live.investigation.step(step.id)!.status);
    });
  }
});
