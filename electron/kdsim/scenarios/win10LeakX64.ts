// win10-leak-x64: a Windows 11 (build 22621) x64 dump with C4/0x62 raised when
// contoso.sys unloaded; fabrikam.sys is verified too and also holds allocations. Several
// sites and tags, nonpaged and paged pool, VMdl (IoAllocateMdl) and Vfwi
// (IoAllocateWorkItem), private symbols with line tables, a full wrapped log.
import { buildLeakScenario } from './leakScenarioBuilder';

export const win10LeakX64 = buildLeakScenario({
  name: 'win10-leak-x64',
  description: 'Windows 11 x64 dump, bug check 0xC4/0x62: contoso.sys and fabrikam.sys leak from several sites (Ctso, CtsP, FbRq, VMdl, Vfwi)',
  seed: 11,
  bugcheckDriver: 'contoso.sys',
  logCapacity: 0x10000,
  logEntries: 0x10000 + 0x2400,
  drivers: [
    {
      name: 'contoso',
      image: 'contoso.sys',
      base: 0xfffff80689a30000n,
      size: 0x12000,
      entry: 0xffffb88f3c77a010n,
      state: 'Loaded and Unloaded',
      dispatchFunction: 'CtsoDispatchDeviceControl',
      functions: [
        { name: 'CtsoDispatchDeviceControl', offset: 0x1200, file: 'dispatch.c', firstLine: 140 },
        { name: 'CtsoCreateRequestContext', offset: 0x1580, file: 'request.c', firstLine: 52 },
        { name: 'CtsoBuildTransferMdl', offset: 0x1810, file: 'transfer.c', firstLine: 210 },
        { name: 'CtsoQueueCompletionWork', offset: 0x1a60, file: 'workitems.c', firstLine: 31 },
        { name: 'CtsoCacheDeviceName', offset: 0x1c40, file: 'registry.c', firstLine: 77 },
        { name: 'CtsoUnload', offset: 0x1e00, file: 'driver.c', firstLine: 301 },
      ],
      sites: [
        { function: 'CtsoCreateRequestContext', callOffset: 0x4a, line: 68, tag: 'Ctso', kind: 'pool', size: 0x60, poolType: 'NonPaged', count: 6 },
        { function: 'CtsoCreateRequestContext', callOffset: 0x9d, line: 81, tag: 'Ctso', kind: 'pool', size: 0x200, poolType: 'NonPaged', count: 2 },
        { function: 'CtsoBuildTransferMdl', callOffset: 0x73, line: 236, tag: 'VMdl', kind: 'mdl', size: 0x40, poolType: 'NonPaged', count: 4 },
        { function: 'CtsoQueueCompletionWork', callOffset: 0x2f, line: 39, tag: 'Vfwi', kind: 'workitem', size: 0x58, poolType: 'NonPaged', count: 3 },
        { function: 'CtsoCacheDeviceName', callOffset: 0x55, line: 95, tag: 'CtsP', kind: 'pool', size: 0x1000, poolType: 'Paged', count: 2 },
      ],
    },
    {
      name: 'fabrikam',
      image: 'fabrikam.sys',
      base: 0xfffff80689a50000n,
      size: 0xe000,
      entry: 0xffffb88f3c77b2a0n,
      state: 'Loaded',
      dispatchFunction: 'FbDispatchIoctl',
      functions: [
        { name: 'FbDispatchIoctl', offset: 0x1100, file: 'ioctl.cpp', firstLine: 88 },
        { name: 'FbAllocateRequest', offset: 0x1400, file: 'request.cpp', firstLine: 19 },
        { name: 'FbMapUserBuffer', offset: 0x1600, file: 'buffers.cpp', firstLine: 140 },
      ],
      sites: [
        { function: 'FbAllocateRequest', callOffset: 0x3c, line: 27, tag: 'FbRq', kind: 'pool', size: 0x180, poolType: 'Paged', count: 5 },
        { function: 'FbMapUserBuffer', callOffset: 0x61, line: 162, tag: 'VMdl', kind: 'mdl', size: 0x40, poolType: 'NonPaged', count: 1 },
      ],
    },
  ],
});
