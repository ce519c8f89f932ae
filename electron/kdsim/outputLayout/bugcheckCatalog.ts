// Names, explanations and argument descriptions kd prints for the bug checks kdsim's
// scenarios use and their neighbours (the !analyze -v header): C4, C1, D6, CC, D5, C2, 19,
// D1, A, 133, 13A, E2. Other codes get kd's "Unknown bugcheck code (xx)" form. Scenario
// fields can override the argument texts.
export interface BugcheckText {
  name: string;
  explanation: string[];
  /** Argument descriptions; for C4 and 133 they depend on Arg1 (see subcodeArgs). */
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

const FREED_SPECIAL_POOL_EXPLANATION = [
  'Memory was referenced after it was freed.',
  'This cannot be protected by try-except.',
  "When possible, the guilty driver's name (Unicode string) is printed on",
  'the bugcheck screen and saved in KiBugCheckDriver.',
];

/** Page faults caught by special pool (0xCC, 0xD5, 0xD6) describe their arguments alike. */
const FAULT_ARGS: [string, string, string, string] = [
  'memory referenced',
  'value 0 = read operation, 1 = write operation',
  'if non-zero, the address which referenced memory.',
  '(reserved)',
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
    args: FAULT_ARGS,
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
  d1: {
    name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL',
    explanation: [
      'An attempt was made to access a pageable (or completely invalid) address at an',
      'interrupt request level (IRQL) that is too high.  This is usually',
      'caused by drivers using improper addresses.',
      'If kernel debugger is available get stack backtrace.',
    ],
    args: ['memory referenced', 'IRQL', 'value 0 = read operation, 1 = write operation', 'address which referenced memory'],
  },
  a: {
    name: 'IRQL_NOT_LESS_OR_EQUAL',
    explanation: [
      'An attempt was made to access a pageable (or completely invalid) address at an',
      'interrupt request level (IRQL) that is too high.  This is usually',
      'caused by drivers using improper addresses.',
      'If a kernel debugger is available get the stack backtrace.',
    ],
    args: [
      'memory referenced',
      'IRQL',
      'bitfield :\n\tbit 0 : value 0 = read operation, 1 = write operation\n\tbit 3 : value 0 = not an execute operation, 1 = execute operation (only on chips which support this level of status)',
      'address which referenced memory',
    ],
  },
  cc: {
    name: 'PAGE_FAULT_IN_FREED_SPECIAL_POOL',
    explanation: FREED_SPECIAL_POOL_EXPLANATION,
    args: FAULT_ARGS,
  },
  d5: {
    name: 'DRIVER_PAGE_FAULT_IN_FREED_SPECIAL_POOL',
    explanation: FREED_SPECIAL_POOL_EXPLANATION,
    args: FAULT_ARGS,
  },
  c2: {
    name: 'BAD_POOL_CALLER',
    explanation: [
      'The current thread is making a bad pool request.  Typically this is at a bad IRQL level or double freeing the same allocation, etc.',
    ],
    args: ['type of pool violation the caller is guilty of.', '', '', ''],
  },
  '133': {
    name: 'DPC_WATCHDOG_VIOLATION',
    explanation: ['The DPC watchdog detected a prolonged run time at an IRQL of DISPATCH_LEVEL', 'or above.'],
    args: ['', '', '', ''],
    subcodeArgs: {
      '0': [
        'A single DPC or ISR exceeded its time allotment. The offending\n\tcomponent can usually be identified with a stack trace.',
        'The DPC time count (in ticks).',
        'The DPC time allotment (in ticks).',
        '',
      ],
      '1': [
        'The system cumulatively spent an extended period of time at\n\tIRQL DISPATCH_LEVEL or above. The offending component can\n\tusually be identified with a stack trace.',
        'The watchdog period.',
        'cast to nt!DPC_WATCHDOG_GLOBAL_TRIAGE_BLOCK, which contains\n\tadditional information regarding the cumulative timeout',
        '(reserved)',
      ],
    },
  },
  '13a': {
    name: 'KERNEL_MODE_HEAP_CORRUPTION',
    explanation: ['The kernel mode heap manager has detected corruption in a heap.'],
    args: ['Type of corruption detected', 'Address of the heap that reported the corruption', 'Address at which the corruption was detected', 'Reserved'],
  },
};

const C1_SUBCODES: Record<string, string> = {
  '20': 'caller is trying to free pool which is not allocated',
  '21': 'caller is trying to free a bad address',
  '22': 'caller is freeing an address where bytes before the allocation have been overwritten',
  '23': 'caller is freeing an address where nearby bytes within the same page have been corrupted',
  '24': 'caller is freeing an address where bytes after the end of the allocation have been overwritten',
};

export function bugcheckText(code: bigint): BugcheckText | null {
  return BUGCHECK_CATALOG[code.toString(16)] ?? null;
}

/**
 * The lines that open !analyze -v: "NAME (code)" and the explanation; for a code kd
 * does not know, "Unknown bugcheck code (code)" and "Unknown bugcheck description".
 */
export function bugcheckHeader(code: bigint): string[] {
  const key = code.toString(16);
  const text = bugcheckText(code);
  if (!text) return [`Unknown bugcheck code (${key})`, 'Unknown bugcheck description'];
  return [`${text.name} (${key})`, ...text.explanation];
}

export function argumentDescriptions(code: bigint, args: readonly bigint[]): [string, string, string, string] {
  const text = bugcheckText(code);
  if (!text) return ['', '', '', ''];
  const arg1 = (args[0] ?? 0n).toString(16);
  const sub = text.subcodeArgs?.[arg1];
  if (sub) return sub;
  if (code === 0xc1n) {
    const a4 = (args[3] ?? 0n).toString(16);
    return [text.args[0], text.args[1], text.args[2], C1_SUBCODES[a4] ?? ''];
  }
  return text.args;
}
