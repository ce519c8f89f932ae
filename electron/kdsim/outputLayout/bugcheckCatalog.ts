// Names, explanations and argument descriptions kd prints for the bug checks kdsim's
// scenarios use (the !analyze -v header). Scenario fields can override the argument texts.
export interface BugcheckText {
  name: string;
  explanation: string[];
  /** Argument descriptions; for C4 they depend on Arg1 (see subcodeArgs). */
  args: [string, string, string, string];
  subcodeArgs?: Record<string, [string, string, string, string]>;
}

const C4_EXPLANATION = [
  'A device driver attempting to corrupt the system has been caught.  This is',
  'because the driver was specified in the registry as being suspect (by the',
  'administrator) and the kernel has enabled substantial checking of this driver.',
  'If the driver attempts to corrupt the system, bugchecks 0xC4, 0xC1 and 0xA will',
  'be among the most commonly seen crashes.',
];

export const BUGCHECK_CATALOG: Record<string, BugcheckText> = {
  c4: {
    name: 'DRIVER_VERIFIER_DETECTED_VIOLATION',
    explanation: C4_EXPLANATION,
    args: ['', '', '', ''],
    subcodeArgs: {
      '62': [
        'A driver has forgotten to free its pool allocations prior to unloading.',
        'name of the driver having the issue.',
        'verifier internal structure with driver information.',
        "total # of (paged+nonpaged) allocations that weren't freed.",
      ],
      '60': [
        'A driver has forgotten to free its pool allocations prior to unloading.',
        'paged bytes',
        'nonpaged bytes',
        "total # of (paged+nonpaged) allocations that weren't freed.",
      ],
    },
  },
  c1: {
    name: 'SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION',
    explanation: [
      "Special pool has detected memory corruption.  Typically the current thread's",
      'stack backtrace will reveal the guilty party.',
    ],
    args: ['address trying to free', 'address where bits are corrupted', '(reserved)', ''],
  },
  d6: {
    name: 'DRIVER_PAGE_FAULT_BEYOND_END_OF_ALLOCATION',
    explanation: [
      'N bytes of memory was allocated and more than N bytes are being referenced.',
      'This cannot be protected by try-except.',
      "When possible, the guilty driver's name (Unicode string) is printed on",
      'the bugcheck screen and saved in KiBugCheckDriver.',
    ],
    args: [
      'memory referenced',
      'value 0 = read operation, 1 = write operation',
      'if non-zero, the address which referenced memory.',
      '(reserved)',
    ],
  },
  e2: {
    name: 'MANUALLY_INITIATED_CRASH',
    explanation: ['The user manually initiated this crash dump.'],
    args: ['', '', '', ''],
  },
  '19': {
    name: 'BAD_POOL_HEADER',
    explanation: [
      'The pool is already corrupt at the time of the current request.',
      'This may or may not be due to the caller.',
      'The internal pool links must be walked to figure out a possible cause of',
      'the problem, and then special pool applied to the suspect tags or the driver',
      'verifier to a suspect driver.',
    ],
    args: ['', 'The pool entry we were looking for within the page.', 'The next pool entry.', '(reserved)'],
  },
};

const C1_SUBCODES: Record<string, string> = {
  '20': 'caller is trying to free pool which is not allocated',
  '21': 'caller is trying to free a bad address',
  '22': 'caller is freeing an address where bytes before the allocation have been overwritten',
  '23': 'caller is freeing an address where nearby bytes within the same page have been corrupted',
  '24': 'caller is freeing an address where bytes after the end of the allocation have been overwritten',
};

export function bugcheckText(code: bigint): BugcheckText {
  const key = code.toString(16);
  return (
    BUGCHECK_CATALOG[key] ?? {
      name: `Unknown bugcheck code (${key})`,
      explanation: ['Unknown bugcheck description'],
      args: ['', '', '', ''],
    }
  );
}

export function argumentDescriptions(code: bigint, args: readonly bigint[]): [string, string, string, string] {
  const text = bugcheckText(code);
  const arg1 = (args[0] ?? 0n).toString(16);
  const sub = text.subcodeArgs?.[arg1];
  if (sub) return sub;
  if (code === 0xc1n) {
    const a4 = (args[3] ?? 0n).toString(16);
    return [text.args[0], text.args[1], text.args[2], C1_SUBCODES[a4] ?? ''];
  }
  return text.args;
}
