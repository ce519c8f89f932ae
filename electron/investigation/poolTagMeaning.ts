// What a tag on a leaked allocation means and what fixes it: a known Verifier/kernel
// tag from knownPoolTags, otherwise the driver's own ExAllocatePool*WithTag tag.
import type { TagMeaning } from '../contract/findingTypes';
import { knownPoolTags } from './knownPoolTags';

function knownEntry(tag: string) {
  return Object.hasOwn(knownPoolTags, tag) ? knownPoolTags[tag] : Object.hasOwn(knownPoolTags, tag.padEnd(4, ' ')) ? knownPoolTags[tag.padEnd(4, ' ')] : undefined;
}

export function isKnownPoolTag(tag: string): boolean {
  return knownEntry(tag) !== undefined;
}

export function poolTagMeaning(tag: string): TagMeaning {
  const known = knownEntry(tag);
  if (known) return { tag, ...known };
  return {
    tag,
    origin: 'driver',
    allocator: 'ExAllocatePoolWithTag / ExAllocatePool2',
    release: 'ExFreePoolWithTag',
    description: `The driver's own pool tag '${tag}': memory it allocated with ExAllocatePoolWithTag (or ExAllocatePool2 / ExAllocatePoolWithTagPriority).`,
    fix: `Free every '${tag}' allocation with ExFreePoolWithTag(p, '${tag}') on every path (errors, cancellation, unload) before DriverUnload returns.`,
  };
}
