// Why a step was skipped, cannot run on this target, or stopped: a code with its
// parameters (the typed message the UI translates) and, from this one table, the
// English text the CLI, the reports and the MCP server print. A reworded text keeps
// its translations; a new reason without them fails the renderer's type check.
// Pure: the core, the shells and the renderer import it.
import { knownMessagePart, type MessagePart } from './typedMessageSchema';

export const stepReasonTemplates = {
  'nonpaged-only': 'Not needed: the driver holds NonPagedPool only.',
  'paged-only': 'Not needed: the driver holds PagedPool only.',
  'no-allocations': 'No outstanding allocations.',
  'no-allocations-to-look-up': 'No outstanding allocations to look up.',
  'no-driver': 'No driver identified.',
  'no-bugcheck-address': 'No bug check to take an address from.',
  'bugcheck-without-pool-address': 'Bug check {{code}} does not carry a pool address.',
  'no-bugcheck-stack': 'No bug check: there is no faulting stack.',
  'no-pool-address': 'No pool address to look up.',
  'no-pool-tags': 'No pool tags were read.',
  'no-tag-to-find': 'No tag to look for.',
  'no-tag-to-watch': 'No tag to watch.',
  'verifier-list-unread': 'Driver Verifier’s driver list was not read.',
  'no-other-verified-driver': 'No other verified driver holds pool.',
  'bugcheck-chooses-playbook': 'Not needed: the bug check chooses the playbook.',
  'driver-named': 'Not needed: the driver was named.',
  offline: 'not available offline: the recorded log cannot run the target',
  'needs-live-target': 'needs a live target (a dump cannot run)',
  'needs-resumable-target': 'needs a live target that can be resumed and broken into (not local kernel debugging)',
  'needs-time-passing': 'needs a live or local target (a dump is frozen in time)',
  'needs-debugger': 'needs a debugger',
  cancelled: 'Cancelled.',
  'no-recorded-data': 'No data in the recorded log ({{commands}}).',
  'damaged-output': 'damaged output from {{commands}}: control bytes or undecodable text in it',
} as const;

export type StepReasonCode = keyof typeof stepReasonTemplates;

/** A typed reason: the code and the values of its `{{name}}` placeholders. */
export type StepReason = MessagePart<StepReasonCode>;

export const stepReasonCodes = Object.keys(stepReasonTemplates) as StepReasonCode[];

export const stepReasonSchema = knownMessagePart(stepReasonCodes);

/** `{{name}}` placeholders filled from params (a missing one stays visible as `{{name}}`). */
export function fillReasonTemplate(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{\{([a-zA-Z]+)\}\}/g, (whole, name: string) => params?.[name] ?? whole);
}

/** The English text of a typed reason. */
export function stepReasonText(reason: StepReason): string {
  return fillReasonTemplate(stepReasonTemplates[reason.code], reason.params);
}
