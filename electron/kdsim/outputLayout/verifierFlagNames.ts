// Driver Verifier flag names as !verifier prints them: the Windows 8+ checklist and the
// Windows 7 "enabled options" wording.
export const STANDARD_FLAGS: readonly [number, string][] = [
  [0x00000000, 'Automatic Checks'],
  [0x00000001, 'Special pool'],
  [0x00000002, 'Force IRQL checking'],
  [0x00000008, 'Pool tracking'],
  [0x00000010, 'I/O verification'],
  [0x00000020, 'Deadlock detection'],
  [0x00000080, 'DMA checking'],
  [0x00000100, 'Security checks'],
  [0x00000800, 'Miscellaneous checks'],
  [0x00020000, 'DDI compliance checking'],
];

export const ADDITIONAL_FLAGS: readonly [number, string][] = [
  [0x00000004, 'Randomized low resources simulation'],
  [0x00000200, 'Force pending I/O requests'],
  [0x00000400, 'IRP logging'],
  [0x00002000, 'Invariant MDL checking for stack'],
  [0x00004000, 'Invariant MDL checking for driver'],
  [0x00008000, 'Power framework delay fuzzing'],
  [0x00040000, 'Systematic low resources simulation'],
  [0x00080000, 'DDI compliance checking (additional)'],
  [0x00200000, 'NDIS/WIFI verification'],
  [0x00800000, 'Kernel synchronization delay fuzzing'],
  [0x01000000, 'VM switch verification'],
];

export const WIN7_OPTION_NAMES: readonly [number, string][] = [
  [0x00000001, 'Special pool'],
  [0x00000002, 'Special irql'],
  [0x00000004, 'Inject random low-resource API failures'],
  [0x00000008, 'All pool allocations checked on unload'],
  [0x00000010, 'Io subsystem checking enabled'],
  [0x00000020, 'Deadlock detection enabled'],
  [0x00000080, 'DMA checking enabled'],
  [0x00000100, 'Security checks enabled'],
  [0x00000200, 'Force pending I/O requests'],
  [0x00000400, 'IRP Logging'],
  [0x00000800, 'Miscellaneous checks enabled'],
];
