// Tags that are not the driver's own: Driver Verifier tags the objects it tracks for a
// verified driver with its own tags, and the kernel tags objects it allocates for
// drivers. A leak under one of them means a missing "free" call of that object type,
// not a missing ExFreePoolWithTag. Sources: the Driver Verifier docs (seed 000) and
// pooltag.txt.
import type { TagMeaning } from '../contract/findingTypes';

type KnownTag = Omit<TagMeaning, 'tag'>;

export const knownPoolTags: Readonly<Record<string, KnownTag>> = {
  VMdl: {
    origin: 'verifier',
    allocator: 'IoAllocateMdl',
    release: 'IoFreeMdl',
    description: 'An MDL the verified driver allocated with IoAllocateMdl (Driver Verifier tracks MDLs under this tag).',
    fix: 'Free the MDL with IoFreeMdl (after MmUnlockPages / MmUnmapLockedPages if it was locked or mapped) on every path.',
  },
  Vfwi: {
    origin: 'verifier',
    allocator: 'IoAllocateWorkItem',
    release: 'IoFreeWorkItem',
    description: 'An IO_WORKITEM the verified driver allocated with IoAllocateWorkItem (tracked by Driver Verifier since Windows 8.1).',
    fix: 'Call IoFreeWorkItem when the work item is no longer needed (typically at the end of its work routine), including when queuing fails.',
  },
  'Mdl ': {
    origin: 'kernel',
    allocator: 'IoAllocateMdl',
    release: 'IoFreeMdl',
    description: 'An MDL allocated with IoAllocateMdl.',
    fix: 'Free the MDL with IoFreeMdl (after MmUnlockPages / MmUnmapLockedPages if it was locked or mapped).',
  },
  'Irp ': {
    origin: 'kernel',
    allocator: 'IoAllocateIrp / IoBuild*Request',
    release: 'IoFreeIrp / IoCompleteRequest',
    description: 'An IRP the driver built or allocated.',
    fix: 'Free IRPs from IoAllocateIrp with IoFreeIrp in the completion routine; let the I/O manager complete IoBuild*Request IRPs.',
  },
  'Key ': {
    origin: 'kernel',
    allocator: 'ZwOpenKey / ZwCreateKey',
    release: 'ZwClose',
    description: 'A registry key object kept alive by an open handle or reference.',
    fix: 'Close the key handle with ZwClose (and drop references with ObDereferenceObject).',
  },
  File: {
    origin: 'kernel',
    allocator: 'ZwCreateFile / IoGetDeviceObjectPointer',
    release: 'ZwClose / ObDereferenceObject',
    description: 'A file object kept alive by an open handle or reference.',
    fix: 'Close the handle with ZwClose and dereference file objects with ObDereferenceObject.',
  },
  Even: {
    origin: 'kernel',
    allocator: 'ZwCreateEvent / ObReferenceObjectByHandle',
    release: 'ZwClose / ObDereferenceObject',
    description: 'An event object kept alive by a handle or reference.',
    fix: 'Close event handles with ZwClose and balance ObReferenceObjectByHandle with ObDereferenceObject.',
  },
  Thre: {
    origin: 'kernel',
    allocator: 'PsCreateSystemThread',
    release: 'ZwClose / ObDereferenceObject',
    description: 'A thread object kept alive by a handle or reference.',
    fix: 'Close the thread handle from PsCreateSystemThread with ZwClose and dereference thread objects you referenced.',
  },
  Toke: {
    origin: 'kernel',
    allocator: 'PsReferencePrimaryToken / SeCreateClientSecurity',
    release: 'PsDereferencePrimaryToken / ObDereferenceObject',
    description: 'A token object kept alive by a reference.',
    fix: 'Balance every token reference with its dereference routine.',
  },
  None: {
    origin: 'kernel',
    allocator: 'ExAllocatePool (no tag)',
    release: 'ExFreePool',
    description: 'Pool allocated without a tag (Pool Allocations With NO TAG).',
    fix: 'Free it with ExFreePool, and switch to ExAllocatePool2 / ExAllocatePoolWithTag with a unique tag so leaks can be attributed.',
  },
};
