// The playbooks by id, and the triage that picks one: the bug check, and Driver Verifier
// when the bug check alone does not decide.
import { corruptionPlaybook } from './playbooks/corruption/corruptionPlaybook';
import { leakAtUnloadPlaybook } from './playbooks/leakAtUnload/leakAtUnloadPlaybook';
import { poolGrowthPlaybook } from './playbooks/poolGrowth/poolGrowthPlaybook';
import { analyzeStep } from './playbooks/shared/analyzeStep';
import { verifierCheckStep } from './playbooks/shared/verifierCheckStep';
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

/**
 * Runs !analyze -v, then (only when the bug check does not choose the playbook) !verifier;
 * the results choose the playbook, which then adopts the steps.
 */
export const triagePlaybook: Playbook = {
  id: 'triage',
  title: 'Triage',
  steps: [analyzeStep, verifierCheckStep],
};
