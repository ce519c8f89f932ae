import { describe, expect, it } from 'vitest';
import { fatalSystemErrorCode, findPrintedBugCheck, kernelBuildAndArchitecture } from '../../../electron/parsers/bugCheckLines';

describe('bug check lines outside commands', () => {
  it('reads the dump line and the live block with their arguments', () => {
    expect(findPrintedBugCheck('Loading...\nBugCheck C4, {62, 9707712c, 9c1faf70, 1}\n')).toEqual({ code: 'C4', args: ['62', '9707712c', '9c1faf70', '1'] });
    expect(findPrintedBugCheck('*** Fatal System Error: 0x000000d1\n                       (0x00000000,0x00000002,0x00000000,0x8A1B2C3D)\n')).toEqual({
      code: '000000d1',
      args: ['0x00000000', '0x00000002', '0x00000000', '0x8A1B2C3D'],
    });
    expect(findPrintedBugCheck('*** Fatal System Error: 0x000000d1\n')).toBeNull();
  });

  it('names the code of a Fatal System Error line, lowercase, and nothing else', () => {
    expect(fatalSystemErrorCode('*** Fatal System Error: 0x000000C4')).toBe('0x000000c4');
    expect(fatalSystemErrorCode('kd> *** Fatal System Error: 0x000000c4')).toBeNull();
  });

  it('reads build and architecture of the kernel version line', () => {
    expect(kernelBuildAndArchitecture('Windows 8 Kernel Version 9600 MP (1 procs) Free x86 compatible')).toEqual({ build: '9600', architecture: 'x86' });
    expect(kernelBuildAndArchitecture('Windows 10 Kernel Version 19041 MP (4 procs) Free AMD64')).toEqual({ build: '19041', architecture: 'x64' });
    expect(kernelBuildAndArchitecture('no banner')).toEqual({ build: null, architecture: null });
  });
});
