// The pool-usage finding's amounts: a real maximum is "of N"; an x64 maximum beyond the
// machine's memory is address space (16 TB), so the share of physical memory is shown.
import { describe, expect, it } from 'vitest';
import { poolAmountText } from '../../../electron/investigation/playbooks/poolGrowth/poolUsageStep';

describe('poolAmountText', () => {
  it('a 32-bit pool maximum below physical memory is a limit', () => {
    expect(poolAmountText(150 * 1024, 256 * 1024, 4 * 1024 * 1024)).toBe('150 MB of 256 MB');
  });

  it("no-verifier-dump-x64: 2,912 MB used is 36% of 8 GB, not 0% of 16 TB", () => {
    expect(poolAmountText(1569644 + 1412676, 17179869184, 8387568)).toBe('2,912 MB (36% of 8,191 MB physical memory)');
  });

  it('without the physical memory line the maximum is all there is', () => {
    expect(poolAmountText(1024, 17179869184, null)).toBe('1 MB of 16 TB');
    expect(poolAmountText(1024, null, null)).toBe('1 MB in use');
  });
});
