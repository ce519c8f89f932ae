import { describe, expect, it } from 'vitest';
import { baseName, formatBytes, formatBytesBinary, formatBytesCompact, formatCount, formatHex, formatMegabytesFromKb, formatSeconds, sourceLabel } from '../../../../renderer/src/investigation/format/numberFormat';

describe('number formatting', () => {
  it('shows bytes in decimal with the debugger’s hex', () => {
    expect(formatBytes(4184, 'en')).toBe('4,184 (0x1058)');
    expect(formatBytes(10_280_960, 'en')).toBe('10,280,960 (0x9ce000)');
    expect(formatBytes(0, 'ja')).toBe('0 (0x0)');
    expect(formatHex(-16)).toBe('-0x10');
  });

  it('groups digits by locale', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(1234567, 'de')).toBe('1.234.567');
  });

  it('shortens sizes for axes', () => {
    expect(formatBytesCompact(19_660_800, 'en')).toBe('19.7 MB');
    expect(formatBytesCompact(512, 'en')).toBe('512 byte');
    expect(formatBytesCompact(250_000_000, 'en')).toBe('250 MB');
  });

  it('shows kd\'s kilobytes in MB, and in GB / TB once MB would pass 10,240 (binary units like kd)', () => {
    expect(formatMegabytesFromKb(163_840, 'en')).toBe('160 MB');
    expect(formatMegabytesFromKb(10_239 * 1024, 'en')).toBe('10,239 MB');
    expect(formatMegabytesFromKb(10_240 * 1024, 'en')).toBe('10 GB');
    expect(formatMegabytesFromKb(16_777_216 * 1024, 'en')).toBe('16 TB');
    expect(formatMegabytesFromKb(16_777_216 * 1024, 'de')).toBe('16 TB');
  });

  it('formats durations', () => {
    expect(formatSeconds(0, 'en')).toMatch(/^<0\.1/);
    expect(formatSeconds(400, 'en')).toMatch(/^0\.4/);
    expect(formatSeconds(10_010, 'en')).toMatch(/^10 /);
  });

  it('names source files by their base name', () => {
    expect(baseName('d:\\coding\\wdmdrivers\\mydriver\\handleioctl.c')).toBe('handleioctl.c');
    expect(baseName('/src/a.c')).toBe('a.c');
    expect(sourceLabel('d:\\x\\handleioctl.c', 50)).toBe('handleioctl.c:50');
    expect(sourceLabel(null, 50)).toBeNull();
  });

  it('formats sizes in binary units like kd and the core summaries (5.6 MB for 5,856,658 bytes)', () => {
    expect(formatBytesBinary(5_856_658, 'en')).toBe('5.6 MB');
    expect(formatBytesBinary(512, 'en')).toBe('512 bytes');
    expect(formatBytesBinary(1536, 'de')).toBe('1,5 KB');
    expect(formatBytesBinary(-2 * 1024 * 1024 * 1024, 'en')).toBe('-2.0 GB');
  });
});
