// Offline analysis: a session recorded by PoolSleuth (JSON-lines transcript) replayed
// by the core (the replay session every shell opens) gives the same findings as the live run.
import { describe, expect, it } from 'vitest';
import { serializeTranscript } from '../../../electron/debugger/transcriptFile';
import type { AllocationSite } from '../../../electron/contract/findingTypes';
import { createCoreService } from '../../../electron/service/coreService';
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
      const core = createCoreService();
      try {
        await core.openTranscriptText(text, `${scenario}.pstranscript`);
        const { status } = await core.handlers['investigation.start']({ playbook: null, driver: options.driver ?? null });
        expect(status).toBe('finished');
        const offline = JSON.parse((await core.handlers['investigation.exportReport']({ format: 'json' })).content);
        expect(offline.target.offline).toBe(true);
        expect(offline.playbook).toBe('leak-at-unload');
        expect(essentials(offline.sites)).toEqual(essentials(live.investigation.facts.sites));
        expect(offline.leak).toEqual(live.investigation.facts.leak);
        // Every step that ran live had its data in the log.
        for (const step of offline.steps) expect(step.status).toBe(live.investigation.step(step.id)!.status);
      } finally {
        await core.dispose();
      }
    });
  }
});
