/**
 * The add-in's icons as PNG, drawn here (a table with a tick on the product's dark blue), so the
 * build needs no image files or tools.
 */
import { encodePng, type Rgba } from '../png';

/** An RGBA PNG of `size` × `size` pixels. */
export function iconPng(size: number): Buffer {
  const blue: Rgba = [0x12, 0x35, 0x5b, 255];
  const white: Rgba = [255, 255, 255, 255];
  const green: Rgba = [0x6c, 0xc2, 0x4a, 255];
  const r = size * 0.18;
  return encodePng(size, size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    // Rounded square.
    const dx = Math.max(r - (x + 0.5), 0, x + 0.5 - (size - r));
    const dy = Math.max(r - (y + 0.5), 0, y + 0.5 - (size - r));
    let colour: Rgba = dx * dx + dy * dy <= r * r ? blue : [0, 0, 0, 0];
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
    return colour;
  });
}
