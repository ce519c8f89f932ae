// The few bytes of target memory kdsim can show: nt!PoolHitTag, the driver-name
// strings bug checks point at (UNICODE_STRING structs and their UTF-16 buffers), module
// images (read as zeros), and whatever was written with ed/eb on a live target.
import { parseHex } from './addressFormat';
import type { KdState } from './kdState';

export class MemoryModel {
  private readonly written = new Map<bigint, number>();
  private readonly fixed = new Map<bigint, number>();

  constructor(private readonly state: KdState) {
    const width = state.arch === 'x64' ? 8 : 4;
    for (const s of state.scenario.strings) {
      const address = parseHex(s.address);
      const units = [...s.value].map((ch) => ch.charCodeAt(0));
      const textAt = s.unicodeStringBuffer ? parseHex(s.unicodeStringBuffer) : address;
      units.forEach((u, i) => {
        this.fixed.set(textAt + BigInt(i * 2), u & 0xff);
        this.fixed.set(textAt + BigInt(i * 2 + 1), (u >> 8) & 0xff);
      });
      this.fixed.set(textAt + BigInt(units.length * 2), 0);
      this.fixed.set(textAt + BigInt(units.length * 2 + 1), 0);
      if (s.unicodeStringBuffer) {
        const length = units.length * 2;
        const bytes = [length & 0xff, length >> 8, (length + 2) & 0xff, (length + 2) >> 8];
        if (width === 8) bytes.push(0, 0, 0, 0);
        let buffer = textAt;
        for (let i = 0; i < width; i++) {
          bytes.push(Number(buffer & 0xffn));
          buffer >>= 8n;
        }
        bytes.forEach((b, i) => this.fixed.set(address + BigInt(i), b));
      }
    }
  }

  private poolHitTagAddress(): bigint | null {
    return this.state.scenario.poolHitTag ? parseHex(this.state.scenario.poolHitTag.address) : null;
  }

  readByte(address: bigint): number | null {
    const written = this.written.get(address);
    if (written !== undefined) return written;
    const hit = this.poolHitTagAddress();
    if (hit !== null && address >= hit && address < hit + 4n) {
      return Number((this.state.poolHitTag >> (8n * (address - hit))) & 0xffn);
    }
    const fixed = this.fixed.get(address);
    if (fixed !== undefined) return fixed;
    return this.state.resolver.findModule(address) ? 0 : null;
  }

  /** Writes bytes; returns false where memory is not writable (dumps, unknown memory). */
  writeBytes(address: bigint, bytes: number[]): boolean {
    if (!this.state.isLive()) return false;
    if (bytes.some((_, i) => this.readByte(address + BigInt(i)) === null)) return false;
    const hit = this.poolHitTagAddress();
    bytes.forEach((b, i) => {
      const at = address + BigInt(i);
      if (hit !== null && at >= hit && at < hit + 4n) {
        const shift = 8n * (at - hit);
        this.state.poolHitTag = (this.state.poolHitTag & ~(0xffn << shift)) | (BigInt(b & 0xff) << shift);
      } else {
        this.written.set(at, b & 0xff);
      }
    });
    return true;
  }

  readUtf16(address: bigint, maxChars = 256): string | null {
    let text = '';
    for (let i = 0; i < maxChars; i++) {
      const lo = this.readByte(address + BigInt(i * 2));
      const hi = this.readByte(address + BigInt(i * 2 + 1));
      if (lo === null || hi === null) return i === 0 ? null : text;
      const unit = lo | (hi << 8);
      if (unit === 0) break;
      text += String.fromCharCode(unit);
    }
    return text;
  }
}
