// Which bug check argument holds the pool address to inspect, per bug check (from the
// bug check reference): C1/CC/D6/D5 Arg1 (address freed / referenced); 19 Arg2 (the pool
// entry being checked); C2 Arg3 or Arg4 depending on Arg1; C4 the argument its subcode
// table describes as an address of pool / the allocation.
import { lookupC4Subcode, parseHexNumber } from '../../../parsers';
import type { BugcheckSummary } from '../../../contract/findingTypes';

function nonZero(arg: string | null | undefined): string | null {
  if (!arg) return null;
  return parseHexNumber(arg) === 0 ? null : arg;
}

export function poolAddressOf(bugcheck: BugcheckSummary): { address: string; argument: number } | null {
  const code = parseHexNumber(bugcheck.code);
  const a = bugcheck.args;
  const pick = (i: number) => {
    const v = nonZero(a[i]);
    return v ? { address: v, argument: i + 1 } : null;
  };
  switch (code) {
    case 0xc1:
    case 0xcc:
    case 0xd6:
    case 0xd5:
      return pick(0);
    case 0x19:
      return pick(1);
    case 0xc2: {
      // 0x7 (double free) and 0x9/0xa/0xb…: the pool address is Arg4 for 0x7, Arg3 otherwise.
      const sub = parseHexNumber(a[0] ?? null);
      return sub === 0x7 ? (pick(3) ?? pick(2)) : (pick(2) ?? pick(3));
    }
    case 0xc4: {
      const sub = lookupC4Subcode(a[0] ?? null);
      if (!sub) return pick(1);
      const index = sub.args.findIndex((d) => /address/i.test(d) && /(pool|allocation|bad address)/i.test(d));
      return index >= 0 ? pick(index + 1) : null;
    }
    default:
      return null;
  }
}
