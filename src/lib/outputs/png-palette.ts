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

/** Runs of one colour: where each ends, and its colour's id. Grown as needed and kept between pictures. */
let runEnds = new Int32Array(1 << 16);
let runIds = new Int32Array(1 << 16);

/**
 * The picture as runs of one colour, each colour numbered in the order met and counted. Colours are
 * looked up once a run (an open-addressing table of typed arrays: a card has hundreds of colours and
 * over a hundred thousand runs, where a Map costs several times as much), so the only work done for
 * every pixel is comparing it with the one before; palettePng() writes each run with one native fill.
 */
function colourRuns(pixels: Uint32Array): { colours: number[]; counts: number[]; runs: number } {
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
  let runs = 0;
  for (let start = 0; start < pixels.length; ) {
    const colour = pixels[start]!;
    let end = start + 1;
    while (end < pixels.length && pixels[end] === colour) end++;
    const id = idOf(colour);
    counts[id]! += end - start;
    if (runs === runEnds.length) {
      runEnds = grown(runEnds);
      runIds = grown(runIds);
    }
    runEnds[runs] = end;
    runIds[runs++] = id;
    start = end;
  }
  return { colours, counts, runs };
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** A colour's four channels, in the byte order of the pixels it was read from. */
function channels(colour: number): Uint8Array {
  return new Uint8Array(new Uint32Array([colour]).buffer);
}

/** The palette, most frequent colours first, and each colour id's index in it: its own, or the nearest kept colour's. */
function palette(colours: number[], counts: number[]): { kept: number[]; indexOfId: Uint8Array } {
  const byCount = colours.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]!);
  const indexOfId = new Uint8Array(colours.length);
  const kept = byCount.slice(0, PALETTE_MAX).map((id, index) => {
    indexOfId[id] = index;
    return colours[id]!;
  });
  // The kept colours' channels side by side, so the search below allocates nothing: it runs for each
  // of some five hundred rarer colours against all 256 kept ones.
  const keptChannels = new Uint8Array(new Uint32Array(kept).buffer);
  for (let rank = PALETTE_MAX; rank < byCount.length; rank++) {
    const id = byCount[rank]!;
    const colour = colours[id]!;
    const [c0, c1, c2, c3] = [colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff, colour >>> 24];
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0, at = 0; i < kept.length; i++, at += 4) {
      const d0 = c0 - keptChannels[at]!;
      const d1 = c1 - keptChannels[at + 1]!;
      const d2 = c2 - keptChannels[at + 2]!;
      const d3 = c3 - keptChannels[at + 3]!;
      const distance = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    indexOfId[id] = best;
  }
  return { kept, indexOfId };
}

/** RGBA pixels (row by row, 4 bytes each, straight alpha) as an 8-bit palette PNG. */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const { colours, counts, runs } = colourRuns(new Uint32Array(rgba.buffer, rgba.byteOffset, width * height));
  const { kept, indexOfId } = palette(colours, counts);
  // Each row starts with its filter type, 0 (none): filters help photographs, not flat colours. A run
  // is written with one native fill a row it covers, shifted by the filter bytes before it.
  const rows = Buffer.alloc((width + 1) * height);
  for (let run = 0, start = 0; run < runs; run++) {
    const [index, end] = [indexOfId[runIds[run]!]!, runEnds[run]!];
    for (let row = Math.floor(start / width); start < end; row++) {
      const stop = Math.min(end, (row + 1) * width);
      rows.fill(index, start + row + 1, stop + row + 1);
      start = stop;
    }
  }
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
    chunk('IDAT', deflateSync(rows, { level: 2 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
