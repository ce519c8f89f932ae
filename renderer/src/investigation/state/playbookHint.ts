// The line under the playbook picker. Once the core chose a playbook it says which one
// (running or ran), never a suggestion that contradicts the badge; before that, a
// suggestion only when the bug check alone decides it (0xD1 does not: the triage's
// `!verifier` does, see playbookSuggestion.ts).
import type { BugcheckSummary, PlaybookId } from '../../../../electron/contract';
import { bugcheckDecidesPlaybook, suggestedPlaybook, type PlaybookChoice } from './playbookSuggestion';

export interface PlaybookHintInput {
  bugcheck: BugcheckSummary | null;
  /** The view state's playbook: what the core chose, 'triage' while it decides. */
  playbook: PlaybookId | 'triage' | null;
  running: boolean;
  choice: PlaybookChoice;
  /** The `!analyze -v` step is done (so "no bug check" is known, not just not read yet). */
  analyzeDone: boolean;
}

/** An `inv.playbook.*` text and its parameters (`playbook` still to be named in the UI language). */
export interface PlaybookHint {
  key: 'runningPlaybook' | 'ran' | 'suggested' | 'undecided' | 'suggestedNoBugcheck' | 'hintAuto';
  /** "0xd1 (Arg1 0xfffff8a00175c010)" */
  code?: string;
  playbook?: PlaybookId;
}

export function playbookHint({ bugcheck, playbook, running, choice, analyzeDone }: PlaybookHintInput): PlaybookHint | null {
  const chosen = playbook && playbook !== 'triage' ? playbook : null;
  if (bugcheck) {
    const code = [bugcheck.code, bugcheck.args[0] ? `(Arg1 ${bugcheck.args[0]})` : ''].filter(Boolean).join(' ');
    if (chosen) return { key: running ? 'runningPlaybook' : 'ran', code, playbook: chosen };
    if (bugcheckDecidesPlaybook(bugcheck)) return { key: 'suggested', code, playbook: suggestedPlaybook(bugcheck) };
    return { key: 'undecided', code };
  }
  if (choice !== 'auto') return null;
  return chosen && analyzeDone ? { key: 'suggestedNoBugcheck' } : { key: 'hintAuto' };
}
