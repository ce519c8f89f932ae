// The playbooks by id, and the analyze-only triage that picks one from the bug check.
import { corruptionPlaybook } from './playbooks/corruption/corruptionPlaybook';
import { leakAtUnloadPlaybook } from './playbooks/leakAtUnload/leakAtUnloadPlaybook';
import { poolGrowthPlaybook } from './playbooks/poolGrowth/poolGrowthPlaybook';
import { analyzeStep } from './playbooks/shared/analyzeStep';
import type { Playbook, PlaybookId } from './stepTypes';

const catalog: Record<PlaybookId, () => Playbook> = {
  'leak-at-unload': () => leakAtUnloadPlaybook,
  'pool-growth': () => poolGrowthPlaybook,
  corruption: () => corruptionPlaybook,
};

export const playbookIds = Object.keys(catalog) as PlaybookId[];

export function isPlaybookId(value: unknown): value is PlaybookId {
  return typeof value === 'string' && (playbookIds as string[]).includes(value);
}

export function playbookById(id: PlaybookId): Playbook {
  return catalog[id]();
}

/** Runs !analyze -v alone; its result chooses the playbook, which then adopts the step. */
export const triagePlaybook: Playbook = {
  id: 'triage',
  title: 'Triage',
  steps: [analyzeStep],
};
