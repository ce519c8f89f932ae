import { describe, expect, it } from 'vitest';
import { buildCallTree, outerFrames, shareOut, type CallTreeNode } from '../../../../renderer/src/investigation/findings/callTree';
import { layoutCallTree, neighbour, fitLabel } from '../../../../renderer/src/investigation/findings/callTreeLayout';
import { makeSite, mydriverSites } from './fixtures';

function walk(n: CallTreeNode, visit: (n: CallTreeNode) => void): void {
  visit(n);
  for (const c of n.children) walk(c, visit);
}

describe('call tree of leaked bytes', () => {
  it('merges the MyDriver stacks: bytes add up at every level, leaves are the sites', () => {
    const root = buildCallTree(mydriverSites, 'all');
    expect(root.bytes).toBe(4184);
    expect(root.allocations).toBe(3);
    walk(root, (n) => {
      if (n.children.length > 0) {
        expect(n.children.reduce((s, c) => s + c.bytes, 0)).toBe(n.bytes);
        expect(n.children.reduce((s, c) => s + c.allocations, 0)).toBe(n.allocations);
      }
      if (n.kind === 'site') expect(n.children).toEqual([]);
    });
    const leaves: CallTreeNode[] = [];
    walk(root, (n) => n.kind === 'site' && leaves.push(n));
    expect(leaves.map((l) => [l.site!.tag, l.bytes, l.label]).sort()).toEqual([
      ['VMdl', 32, 'MyDriver!DeviceControlDispatch+0x4c'],
      ['Vfwi', 48, 'MyDriver!GetNecessaryObjects+0x1d'],
      ['mdrv', 4104, 'MyDriver!DeviceControlDispatch+0x27'],
    ]);
    // The leaf's parent is the frame that called the allocating function; the allocator's own frames are gone.
    const vmdl = leaves.find((l) => l.site!.tag === 'VMdl')!;
    expect(vmdl.parent!.label).toBe('MyDriver!NonPNPIRPDispatch0x51');
    expect(JSON.stringify(leaves.map((l) => l.parent!.label))).not.toContain('IovAllocateMdl');
  });

  it('puts the outermost frame at the top and orders children by bytes, largest first', () => {
    const root = buildCallTree(mydriverSites, 'all');
    walk(root, (n) => {
      for (let i = 1; i < n.children.length; i++) expect(n.children[i - 1]!.bytes).toBeGreaterThanOrEqual(n.children[i]!.bytes);
    });
    // mdrv's stack ends at NtDeviceIoControlFile, the other two at IopXxxControlFile.
    expect(root.children.map((c) => [c.label, c.bytes])).toEqual([
      ['nt!NtDeviceIoControlFile+0x2a', 4104],
      ['nt!IopXxxControlFile+0x3e8', 80],
    ]);
  });

  it('shares a site’s bytes between its stacks and the allocations without a stack', () => {
    const site = makeSite({
      id: 's',
      allocations: 3,
      bytes: 100,
      caller: '0xa',
      stacks: [
        { frames: [{ address: '0xa', symbol: 'drv!F+1' }, { address: '0xb', symbol: 'drv!G+2' }], allocations: 2, exampleAddresses: [], threads: [] },
      ],
      allocationsWithoutStack: 1,
    });
    const root = buildCallTree([site], 'all');
    expect(root.bytes).toBe(100);
    expect(root.children.map((c) => [c.kind, c.bytes, c.allocations])).toEqual([
      ['frame', 67, 2],
      ['no-stack', 33, 1],
    ]);
  });

  it('splits integers exactly', () => {
    expect(shareOut(100, [1, 1, 1])).toEqual([33, 34, 33]);
    expect(shareOut(7, [0, 0])).toEqual([7, 0]);
    expect(shareOut(10, [3]).reduce((a, b) => a + b)).toBe(10);
  });

  it('keeps all frames when the site frame is not in the stack', () => {
    const site = makeSite({ id: 'x', caller: '0xff', symbol: 'none' });
    expect(outerFrames([{ address: '0x1', symbol: 'a' }, { address: '0x2', symbol: 'b' }], site).map((f) => f.symbol)).toEqual(['b', 'a']);
  });

  it('lays out a zoomed subtree at full width with its ancestors above', () => {
    const root = buildCallTree(mydriverSites, 'all');
    const full = layoutCallTree(root, root, 1000, 0);
    expect(full[0]).toMatchObject({ x: 0, width: 1000, row: 0 });
    const small = root.children[1]!;
    const zoomed = layoutCallTree(root, small, 1000);
    expect(zoomed.find((r) => r.node === root)!.width).toBe(1000);
    expect(zoomed.find((r) => r.node === small)!.width).toBe(1000);
    expect(zoomed.some((r) => r.node === root.children[0])).toBe(false);
    const visible = new Set(zoomed.map((r) => r.node));
    expect(neighbour(visible, small, 'ArrowUp')).toBe(root);
    expect(neighbour(visible, small, 'ArrowDown')).toBe(small.children[0]);
    expect(neighbour(visible, small, 'ArrowLeft')).toBeNull();
  });

  it('cuts labels to the room they have', () => {
    expect(fitLabel('MyDriver!DeviceControlDispatch+0x4c', 80)).toMatch(/…$/);
    expect(fitLabel('nt', 80)).toBe('nt');
    expect(fitLabel('anything', 8)).toBe('');
  });
});
