import { describe, expect, it } from 'vitest';
import { buildDebuggerArgv, describePreset, prepareLocalDebugger, PresetError } from '../../../electron/debugger/localDebuggerPresets';

const kd = 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe';
const cdb = 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\cdb.exe';

describe('buildDebuggerArgv', () => {
  it('opens a crash dump with symbol and source paths', () => {
    expect(
      buildDebuggerArgv({ kind: 'dump', executable: kd, dumpPath: 'C:\\dumps\\MEMORY.DMP', symbolPath: 'srv*C:\\sym*https://msdl.microsoft.com/download/symbols', sourcePath: 'C:\\src\\MyDriver' }).argv,
    ).toEqual([kd, '-y', 'srv*C:\\sym*https://msdl.microsoft.com/download/symbols', '-srcpath', 'C:\\src\\MyDriver', '-z', 'C:\\dumps\\MEMORY.DMP']);
    expect(buildDebuggerArgv({ kind: 'dump', executable: cdb, dumpPath: 'C:\\dumps\\app.dmp' }).argv).toEqual([cdb, '-z', 'C:\\dumps\\app.dmp']);
  });

  it('connects over KDNET, serial, pipe, local kernel and a debugging server', () => {
    expect(buildDebuggerArgv({ kind: 'kdnet', executable: kd, port: 50000, key: '1a2b3c4d5e6f7.2k3j4h5g6f7d.3x4c5v6b7n8m.4q5w6e7r8t9y' }).argv).toEqual([
      kd,
      '-k',
      'net:port=50000,key=1a2b3c4d5e6f7.2k3j4h5g6f7d.3x4c5v6b7n8m.4q5w6e7r8t9y',
    ]);
    expect(buildDebuggerArgv({ kind: 'kdnet', executable: kd, port: 50001, key: 'a.b.c.d', target: '10.0.0.7' }).argv[2]).toBe('net:port=50001,key=a.b.c.d,target=10.0.0.7');
    expect(buildDebuggerArgv({ kind: 'serial', executable: kd, comPort: 'com1', baud: 115200 }).argv).toEqual([kd, '-k', 'com:port=COM1,baud=115200']);
    expect(buildDebuggerArgv({ kind: 'pipe', executable: kd, pipeName: 'win81-debug' }).argv).toEqual([kd, '-k', 'com:pipe,port=\\\\.\\pipe\\win81-debug,resets=0,reconnect']);
    expect(buildDebuggerArgv({ kind: 'pipe', executable: kd, pipeName: '\\\\vmhost\\pipe\\dbg', reconnect: false }).argv[2]).toBe('com:pipe,port=\\\\vmhost\\pipe\\dbg,resets=0');
    expect(buildDebuggerArgv({ kind: 'local-kernel', executable: kd }).argv).toEqual([kd, '-kl']);
    expect(buildDebuggerArgv({ kind: 'remote-server', executable: kd, server: 'lab01.corp.example', port: 5005 }).argv).toEqual([
      kd,
      '-remote',
      'tcp:server=lab01.corp.example,port=5005',
    ]);
  });

  it('splits a free-form command line with the Windows rules', () => {
    expect(buildDebuggerArgv({ kind: 'custom', commandLine: `"${kd}" -y "C:\\my syms" -z C:\\d\\m.dmp` }).argv).toEqual([kd, '-y', 'C:\\my syms', '-z', 'C:\\d\\m.dmp']);
    expect(() => buildDebuggerArgv({ kind: 'custom', commandLine: '   ' })).toThrow(/names no debugger/);
    expect(() => buildDebuggerArgv({ kind: 'custom', commandLine: 'kd -z a\nb' })).toThrow(/control character/);
  });

  it.each([
    [{ kind: 'kdnet', executable: kd, port: 0, key: 'a.b.c.d' }, /port/],
    [{ kind: 'kdnet', executable: kd, port: 70000, key: 'a.b.c.d' }, /port/],
    [{ kind: 'kdnet', executable: kd, port: 50000.5, key: 'a.b.c.d' }, /port/],
    [{ kind: 'kdnet', executable: kd, port: 50000, key: 'a.b.c' }, /key/],
    [{ kind: 'kdnet', executable: kd, port: 50000, key: 'a.b.c.d,target=evil' }, /key/],
    [{ kind: 'kdnet', executable: kd, port: 50000, key: 'a.b.c.d', target: 'bad host;x' }, /target/],
    [{ kind: 'serial', executable: kd, comPort: 'LPT1', baud: 115200 }, /comPort/],
    [{ kind: 'serial', executable: kd, comPort: 'COM1', baud: 1234 }, /baud/],
    [{ kind: 'pipe', executable: kd, pipeName: 'a,reconnect,port=x' }, /pipeName/],
    [{ kind: 'pipe', executable: kd, pipeName: '..\\..\\x' }, /pipeName/],
    [{ kind: 'remote-server', executable: kd, server: '-bad-', port: 5005 }, /server/],
    [{ kind: 'dump', executable: kd, dumpPath: '' }, /dumpPath/],
    [{ kind: 'dump', executable: kd, dumpPath: 'C:\\a.dmp', symbolPath: 'x\ny' }, /symbolPath/],
    [{ kind: 'local-kernel', executable: cdb }, /kd\.exe/],
  ] as const)('refuses invalid field %#', (preset, message) => {
    expect(() => buildDebuggerArgv(preset as never)).toThrow(message);
    try {
      buildDebuggerArgv(preset as never);
    } catch (err) {
      expect(err).toBeInstanceOf(PresetError);
    }
  });

  it('describes presets in one line', () => {
    expect(describePreset({ kind: 'dump', executable: kd, dumpPath: 'C:\\dumps\\MEMORY.DMP' })).toBe('kd.exe crash dump MEMORY.DMP');
    expect(describePreset({ kind: 'kdnet', executable: kd, port: 50000, key: 'a.b.c.d' })).toBe('kd.exe KDNET port 50000');
  });
});

describe('prepareLocalDebugger', () => {
  const existing = new Set([kd, 'C:\\dumps\\MEMORY.DMP']);
  const exists = (p: string) => existing.has(p);

  it('returns the argv when the debugger and the dump exist', async () => {
    await expect(prepareLocalDebugger({ kind: 'dump', executable: kd, dumpPath: 'C:\\dumps\\MEMORY.DMP' }, exists)).resolves.toEqual({
      argv: [kd, '-z', 'C:\\dumps\\MEMORY.DMP'],
    });
  });

  it('names the missing debugger or dump before anything starts', async () => {
    await expect(prepareLocalDebugger({ kind: 'dump', executable: cdb, dumpPath: 'C:\\dumps\\MEMORY.DMP' }, exists)).rejects.toThrow(/Debugger not found: .*cdb\.exe/);
    await expect(prepareLocalDebugger({ kind: 'dump', executable: kd, dumpPath: 'C:\\dumps\\OTHER.DMP' }, async (p) => exists(p))).rejects.toThrow(
      'Dump file not found: C:\\dumps\\OTHER.DMP',
    );
    await expect(prepareLocalDebugger({ kind: 'custom', commandLine: '"C:\\nowhere\\kd.exe" -kl' }, exists)).rejects.toThrow(/Debugger not found/);
  });

  it('leaves a bare executable name to the PATH search of the transport', async () => {
    await expect(prepareLocalDebugger({ kind: 'local-kernel', executable: 'kd.exe' }, () => false)).resolves.toEqual({ argv: ['kd.exe', '-kl'] });
  });
});
