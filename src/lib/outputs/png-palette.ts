/**
 * A PNG writer for pictures of few colours, such as a share card: flat colours and anti-aliased text,
 * some eight hundred distinct colours of which a few dozen cover nearly all of the card. It writes an
 * 8-bit palette PNG (one byte a pixel against four, so about half the file of an RGBA PNG and well
 * within the 80 kB budget): the 256 most frequent colours are kept exactly, and each rarer one, an
 * edge pixel of some glyph, takes the nearest of them, a difference no reader can see.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PALETTE_MAX = 256;
/** PNG colour type 3: each pixel is an index into the PLTE chunk. */
const INDEXED = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The picture as runs of one colour, each colour numbered in the order met and counted. Colours are
 * looked up once a run (an open-addressing table of typed arrays: a card has hundreds of colours and
 * over a hundred thousand runs, where a Map costs several times as much), so the only work done for
 * every pixel is comparing it with the one before; palettePng() writes each run with one native fill.
 */
function colourRuns(pixels: Uint32Array): { colours: number[]; counts: number[]; runEnds: number[]; runIds: number[] } {
  let bits = 12;
  let keys = new Uint32Array(1 << bits);
  let slots = new Int32Array(1 << bits).fill(-1);
  const colours: number[] = [];
  const counts: number[] = [];
  const slotOf = (colour: number) => Math.imul(colour, 0x9e3779b1) >>> (32 - bits);
  const place = (colour: number, id: number) => {
    let slot = slotOf(colour);
    while (slots[slot]! >= 0) slot = (slot + 1) & (keys.length - 1);
    keys[slot] = colour;
    slots[slot] = id;
  };
  /** The colour's id, numbering it if it is new; the table stays at most half full, so a search ends within a few slots. */
  const idOf = (colour: number): number => {
    for (let slot = slotOf(colour); ; slot = (slot + 1) & (keys.length - 1)) {
      const id = slots[slot]!;
      if (id >= 0 && keys[slot] === colour) return id;
      if (id >= 0) continue;
      colours.push(colour);
      counts.push(0);
      if (colours.length > keys.length >> 1) {
        bits++;
        keys = new Uint32Array(1 << bits);
        slots = new Int32Array(1 << bits).fill(-1);
        colours.forEach(place);
      } else {
        keys[slot] = colour;
        slots[slot] = colours.length - 1;
      }
      return colours.length - 1;
    }
  };
  const runEnds: number[] = [];
  const runIds: number[] = [];
  for (let start = 0; start < pixels.length; ) {
    const colour = pixels[start]!;
    let end = start + 1;
    while (end < pixels.length && pixels[end] === colour) end++;
    const id = idOf(colour);
    counts[id]! += end - start;
    runEnds.push(end);
    runIds.push(id);
    start = end;
  }
  return { colours, counts, runEnds, runIds };
}

/** A colour's four channels, in the byte order of the pixels it was read from. */
function channels(colour: number): Uint8Array {
  return new Uint8Array(new Uint32Array([colour]).buffer);
}

function distance(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += (a[i]! - b[i]!) ** 2;
  return sum;
}

/** The palette, most frequent colours first, and each colour id's index in it: its own, or the nearest kept colour's. */
function palette(colours: number[], counts: number[]): { kept: number[]; indexOfId: Uint8Array } {
  const byCount = colours.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]!);
  const indexOfId = new Uint8Array(colours.length);
  const kept = byCount.slice(0, PALETTE_MAX).map((id, index) => {
    indexOfId[id] = index;
    return colours[id]!;
  });
  const keptChannels = kept.map(channels);
  for (const id of byCount.slice(PALETTE_MAX)) {
    const own = channels(colours[id]!);
    let best = 0;
    for (let i = 1; i < keptChannels.length; i++) if (distance(own, keptChannels[i]!) < distance(own, keptChannels[best]!)) best = i;
    indexOfId[id] = best;
  }
  return { kept, indexOfId };
}

/** RGBA pixels (row by row, 4 bytes each, straight alpha) as an 8-bit palette PNG. */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const { colours, counts, runEnds, runIds } = colourRuns(new Uint32Array(rgba.buffer, rgba.byteOffset, width * height));
  const { kept, indexOfId } = palette(colours, counts);
  const indices = new Uint8Array(width * height);
  runEnds.forEach((end, run) => indices.fill(indexOfId[runIds[run]!]!, run === 0 ? 0 : runEnds[run - 1], end));
  // Each row starts with its filter type, 0 (none): filters help photographs, not flat colours.
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const rgb = Buffer.alloc(kept.length * 3);
  const alpha = Buffer.alloc(kept.length);
  kept.forEach((colour, i) => {
    const [r, g, b, a] = channels(colour);
    rgb.set([r!, g!, b!], i * 3);
    alpha[i] = a!;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, INDEXED, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', rgb),
    // Transparency only when some colour has any: a card is opaque.
    ...(alpha.every((value) => value === 0xff) ? [] : [chunk('tRNS', alpha)]),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
