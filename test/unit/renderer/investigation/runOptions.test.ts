import { describe, expect, it } from 'vitest';
import { changedOptionCount, emptyRunOptions, tuningOf } from '../../../../renderer/src/investigation/state/runOptions';

describe('investigation run options', () => {
  it('send nothing when left empty (the playbook keeps its defaults)', () => {
    expect(tuningOf(emptyRunOptions)).toEqual({ ok: true, tuning: {} });
    expect(changedOptionCount(emptyRunOptions)).toBe(0);
  });

  it('carry every CLI option: pool-tag file text, snapshots, interval, hit tag, hits, wait', () => {
    const draft = {
      poolTagFile: { name: 'pooltag.txt', text: 'Leak - leakydrv.sys - records\n' },
      snapshots: ' 4 ',
      intervalSeconds: '30',
      hitTag: 'Leak',
      hitCount: '5',
      hitWaitSeconds: '60',
    };
    expect(tuningOf(draft)).toEqual({
      ok: true,
      tuning: { poolTagFile: 'Leak - leakydrv.sys - records\n', snapshots: 4, snapshotIntervalSeconds: 30, poolHitTag: 'Leak', poolHitCount: 5, poolHitWaitSeconds: 60 },
    });
    expect(changedOptionCount(draft)).toBe(6);
  });

  it('name the fields to fix: out of range, not a whole number, a tag that could not go on a command line', () => {
    const result = tuningOf({ ...emptyRunOptions, snapshots: '1', intervalSeconds: '2.5', hitTag: 'a;b', hitCount: '0', hitWaitSeconds: '-3' });
    expect(result).toEqual({ ok: false, invalid: ['snapshots', 'intervalSeconds', 'hitCount', 'hitWaitSeconds', 'hitTag'] });
    expect(tuningOf({ ...emptyRunOptions, hitTag: 'Le k' })).toEqual({ ok: false, invalid: ['hitTag'] });
    expect(tuningOf({ ...emptyRunOptions, snapshots: '1001' })).toEqual({ ok: false, invalid: ['snapshots'] });
  });
});
