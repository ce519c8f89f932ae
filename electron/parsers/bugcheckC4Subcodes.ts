// Meanings of Arg1 of bug check 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION (paraphrased from
// Microsoft's bug check reference and bugcodes.txt; see docs/parsers.md).
import { parseHexNumber } from './hexAddress';

export interface C4Subcode {
  code: number;
  meaning: string;
  /** What Arg2..Arg4 hold for this subcode. */
  args: [string, string, string];
  /** True for the "driver unloaded with pool still allocated" family (leak playbook). */
  leakAtUnload: boolean;
}

const TABLE: C4Subcode[] = [
  { code: 0x00, meaning: 'The driver requested a zero-byte pool allocation.', args: ['current IRQL', 'pool type', 'number of bytes (0)'], leakAtUnload: false },
  { code: 0x01, meaning: 'The driver tried to allocate paged pool at IRQL > APC_LEVEL.', args: ['current IRQL', 'pool type', 'size of the allocation'], leakAtUnload: false },
  { code: 0x02, meaning: 'The driver tried to allocate nonpaged pool at IRQL > DISPATCH_LEVEL.', args: ['current IRQL', 'pool type', 'size of the allocation'], leakAtUnload: false },
  { code: 0x03, meaning: 'The driver tried to allocate more than one page of must-succeed pool.', args: ['reserved', 'reserved', 'reserved'], leakAtUnload: false },
  { code: 0x10, meaning: 'The driver tried to free an address that was not returned by an allocation call.', args: ['bad address', '0', '0'], leakAtUnload: false },
  { code: 0x11, meaning: 'The driver tried to free paged pool at IRQL > APC_LEVEL.', args: ['current IRQL', 'pool type', 'address of the pool'], leakAtUnload: false },
  { code: 0x12, meaning: 'The driver tried to free nonpaged pool at IRQL > DISPATCH_LEVEL.', args: ['current IRQL', 'pool type', 'address of the pool'], leakAtUnload: false },
  { code: 0x13, meaning: 'The driver tried to free pool that was already freed (double free).', args: ['reserved (line number)', 'pool header', 'pool header contents'], leakAtUnload: false },
  { code: 0x14, meaning: 'The driver tried to free pool that was already freed (double free).', args: ['reserved (line number)', 'pool header', 'pool header contents'], leakAtUnload: false },
  { code: 0x15, meaning: 'The driver tried to free pool that still contains an active timer.', args: ['timer entry', 'pool type', 'address of the pool being freed'], leakAtUnload: false },
  { code: 0x16, meaning: 'The driver tried to free pool at a bad address, or passed invalid parameters to a memory routine.', args: ['reserved (line number)', 'pool address', '0'], leakAtUnload: false },
  { code: 0x17, meaning: 'The driver tried to free pool that still contains an active ERESOURCE.', args: ['resource entry', 'pool type', 'address of the pool being freed'], leakAtUnload: false },
  { code: 0x51, meaning: 'The driver freed memory after writing past the end of the allocation (stored byte count overwritten). Pool Tracking must be active.', args: ['base address of the allocation', 'address of the reference beyond the allocation', 'number of charged bytes'], leakAtUnload: false },
  { code: 0x52, meaning: 'The driver freed memory after writing past the end of the allocation (stored virtual address overwritten). Pool Tracking must be active.', args: ['base address of the allocation', 'reserved (hash entry)', 'number of charged bytes'], leakAtUnload: false },
  { code: 0x53, meaning: 'The driver freed memory after writing past the end of the allocation. Pool Tracking must be active.', args: ['base address of the allocation', 'reserved (header)', 'reserved'], leakAtUnload: false },
  { code: 0x54, meaning: 'The driver freed memory after writing past the end of the allocation. Pool Tracking must be active.', args: ['base address of the allocation', 'reserved (pool hash size)', 'reserved (list index)'], leakAtUnload: false },
  { code: 0x59, meaning: 'The driver freed memory after writing past the end of the allocation. Pool Tracking must be active.', args: ['base address of the allocation', 'reserved (list index)', 'reserved'], leakAtUnload: false },
  { code: 0x60, meaning: 'The driver is unloading without first freeing its pool allocations (leak at unload). Pool Tracking must be active.', args: ['bytes allocated from paged pool', 'bytes allocated from nonpaged pool', 'total number of allocations not freed'], leakAtUnload: true },
  { code: 0x61, meaning: 'A driver thread is allocating pool while the driver is unloading. Pool Tracking must be active.', args: ['bytes allocated from paged pool', 'bytes allocated from nonpaged pool', 'total number of allocations not freed'], leakAtUnload: true },
  { code: 0x62, meaning: 'The driver is unloading without first freeing its pool allocations (leak at unload); on Windows 8.1 also work items (IoAllocateWorkItem) not freed. Pool Tracking must be active.', args: ['name of the driver (UNICODE_STRING address)', 'verifier internal structure with driver information', 'total number of allocations not freed (paged + nonpaged)'], leakAtUnload: true },
  { code: 0x6f, meaning: 'MmProbeAndLockPages was called on pages that are not in the PFN database (e.g. device memory).', args: ['MDL address', 'physical page being locked', 'highest physical page in the system'], leakAtUnload: false },
  { code: 0xcc, meaning: 'The driver tried to free pool that still contains an active lookaside list.', args: ['lookaside list address', 'start address of the pool allocation', 'size of the pool allocation'], leakAtUnload: false },
  { code: 0xd0, meaning: 'The driver tried to re-initialize an ERESOURCE structure.', args: ['ERESOURCE address', 'reserved', 'reserved'], leakAtUnload: false },
  { code: 0xd1, meaning: 'The driver tried to delete an uninitialized ERESOURCE structure.', args: ['ERESOURCE address', 'reserved', 'reserved'], leakAtUnload: false },
  { code: 0xd2, meaning: 'The driver tried to free pool that still contains an active ERESOURCE structure.', args: ['ERESOURCE address', 'start address of the pool allocation', 'size of the pool allocation'], leakAtUnload: false },
  { code: 0x13a, meaning: 'ExFreePool: Driver Verifier found a bad internal value it uses to track the pool block (pool tracking data corrupted).', args: ['address of the pool block being freed', 'incorrect value', 'address of the incorrect value'], leakAtUnload: false },
  { code: 0x13b, meaning: 'ExFreePool: Driver Verifier found a bad internal value it uses to track the pool block (pool tracking data corrupted).', args: ['address of the pool block being freed', 'address of the incorrect value', 'address of a pointer to the incorrect memory page'], leakAtUnload: false },
  { code: 0x13c, meaning: 'ExFreePool: Driver Verifier found a bad internal value it uses to track the pool block (pool tracking data corrupted).', args: ['address of the pool block being freed', 'incorrect value', 'address of the incorrect value'], leakAtUnload: false },
  { code: 0x13d, meaning: 'ExFreePool: Driver Verifier found a bad internal value it uses to track the pool block (pool tracking data corrupted).', args: ['address of the pool block being freed', 'address of the incorrect value', 'correct value that was expected'], leakAtUnload: false },
  { code: 0x13e, meaning: 'ExFreePool was called with a block address other than the one Driver Verifier tracks for the allocation.', args: ['pool block address passed by the caller', 'pool block address tracked by Driver Verifier', 'pointer to the tracked address'], leakAtUnload: false },
  { code: 0x13f, meaning: 'ExFreePool: the number of bytes being freed differs from the number Driver Verifier tracked for the allocation.', args: ['address of the pool block being freed', 'number of bytes being freed', 'pointer to the tracked number of bytes'], leakAtUnload: false },
  { code: 0x140, meaning: 'A non-locked MDL was built from pageable or tradable memory.', args: ['current IRQL', 'MDL address', 'virtual address described by the MDL'], leakAtUnload: false },
];

const DEADLOCK: C4Subcode = {
  code: 0x1000,
  meaning: 'Deadlock verifier error (0x1000–0x1020); use !deadlock for details.',
  args: ['varies', 'varies', 'varies'],
  leakAtUnload: false,
};

/** Windows 8+ DDI compliance checking: Arg1 is the ID of the violated rule (0x20002 IrqlApcLte, 0x20005 IrqlExApcLte1, …). */
const DDI_COMPLIANCE: C4Subcode = {
  code: 0x20000,
  meaning: 'DDI compliance rule violation (Arg1 is the rule ID; !ruleinfo <Arg1> names the rule).',
  args: ['string describing the violated rule condition', 'optional pointer to the rule state variable(s)', 'reserved'],
  leakAtUnload: false,
};

const BY_CODE = new Map<number, C4Subcode>(TABLE.map((e) => [e.code, e]));

/** All known 0xC4 subcodes, in ascending order. */
export const c4Subcodes: readonly C4Subcode[] = TABLE;

/** Looks up a 0xC4 Arg1 given as number or hex string ("0x62", "00000062", "62"). */
export function lookupC4Subcode(code: number | string | null | undefined): C4Subcode | null {
  let n: number | null;
  if (typeof code === 'number') n = Number.isFinite(code) ? code : null;
  else n = parseHexNumber(code ?? null);
  if (n === null) return null;
  const known = BY_CODE.get(n);
  if (known) return known;
  if (n >= 0x1000 && n <= 0x1020) return DEADLOCK;
  if (n >= 0x20000 && n <= 0x2ffff) return DDI_COMPLIANCE;
  return null;
}


/** Plain-language meaning of a 0xC4 Arg1, or null when unknown. */
export function describeC4Subcode(code: number | string | null | undefined): string | null {
  return lookupC4Subcode(code)?.meaning ?? null;
}
