/** The size a PNG declares in its IHDR chunk, read from the bytes (signature, then IHDR first, as the format requires). */
const SIGNATURE = '89504e470d0a1a0a';

export function pngHeader(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 24 || buffer.toString('hex', 0, 8) !== SIGNATURE || buffer.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
