/**
 * The Teams app's two icons, drawn here so the build needs no image files: the colour icon
 * (192 × 192, a document with a tick on the product's dark blue) and the outline icon
 * (32 × 32, the same shape in white on transparent, as Teams requires).
 */
import { encodePng, type Rgba } from '../png';

const BLUE: Rgba = [0x12, 0x35, 0x5b, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [0x4c, 0xb0, 0x3a, 255];
const LINE_BLUE: Rgba = [0x7a, 0x9c, 0xc0, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Inside a rounded rectangle in unit coordinates. */
function inRoundedRect(u: number, v: number, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  if (u < left || u > right || v < top || v > bottom) {
    return false;
  }
  const dx = Math.max(left + radius - u, 0, u - (right - radius));
  const dy = Math.max(top + radius - v, 0, v - (bottom - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** Distance from a point to a segment, in unit coordinates. */
function toSegment(u: number, v: number, a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
}

/** The tick's two strokes. */
const TICK: readonly (readonly [number, number])[] = [
  [0.5, 0.66],
  [0.6, 0.76],
  [0.8, 0.52]
];

function onTick(u: number, v: number, width: number): boolean {
  return toSegment(u, v, TICK[0], TICK[1]) < width || toSegment(u, v, TICK[1], TICK[2]) < width;
}

/** The colour icon, 192 × 192. */
export function colorIconPng(size: number = 192): Buffer {
  return encodePng(size, size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (!inRoundedRect(u, v, 0, 0, 1, 1, 0.18)) {
      return CLEAR;
    }
    if (onTick(u, v, 0.045)) {
      return GREEN;
    }
    if (inRoundedRect(u, v, 0.24, 0.18, 0.68, 0.82, 0.04)) {
      // Three lines of text on the document.
      const textLine = [0.34, 0.44, 0.54].some((line) => Math.abs(v - line) < 0.018) && u > 0.31 && u < 0.61;
      return textLine ? LINE_BLUE : WHITE;
    }
    return BLUE;
  });
}

/** The outline icon, 32 × 32: white strokes on transparent, nothing else. */
export function outlineIconPng(size: number = 32): Buffer {
  const stroke = 1.6 / size;
  return encodePng(size, size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    const outer = inRoundedRect(u, v, 0.16, 0.1, 0.72, 0.9, 0.06);
    const inner = inRoundedRect(u, v, 0.16 + stroke * 1.4, 0.1 + stroke * 1.4, 0.72 - stroke * 1.4, 0.9 - stroke * 1.4, 0.03);
    const tickClear = onTick(u, v, stroke * 2.6);
    if (onTick(u, v, stroke * 1.1)) {
      return WHITE;
    }
    if (outer && !inner && !tickClear) {
      return WHITE;
    }
    return CLEAR;
  });
}
