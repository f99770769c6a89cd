/**
 * The add-in's icons as PNG, drawn here (a table with a tick on the product's dark blue), so the
 * build needs no image files or tools.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `size` × `size` pixels. */
export function iconPng(size: number): Buffer {
  const blue = [0x12, 0x35, 0x5b, 255];
  const white = [255, 255, 255, 255];
  const green = [0x6c, 0xc2, 0x4a, 255];
  const rows: Buffer[] = [];
  const r = size * 0.18;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      // Rounded square.
      const dx = Math.max(r - (x + 0.5), 0, x + 0.5 - (size - r));
      const dy = Math.max(r - (y + 0.5), 0, y + 0.5 - (size - r));
      let colour = dx * dx + dy * dy <= r * r ? blue : [0, 0, 0, 0];
      // A 3 × 3 table in white lines.
      const line = Math.max(1 / size, 0.045);
      const inTable = u > 0.18 && u < 0.82 && v > 0.2 && v < 0.8;
      if (inTable && ([0.18, 0.4, 0.6, 0.82].some((g) => Math.abs(u - g) < line) || [0.2, 0.4, 0.6, 0.8].some((g) => Math.abs(v - g) < line))) {
        colour = white;
      }
      // A tick in the last cell.
      const t1 = Math.abs(v - (0.7 + (u - 0.64) * 1)) < line * 1.4 && u > 0.64 && u < 0.7;
      const t2 = Math.abs(v - (0.76 - (u - 0.7) * 1.6)) < line * 1.4 && u >= 0.7 && u < 0.8;
      if (t1 || t2) {
        colour = green;
      }
      Buffer.from(colour).copy(row, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
