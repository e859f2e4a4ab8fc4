/** What a QR encoder gives: a square of dark and light modules. */
export interface QrModules {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** An SVG path with one 1 x 1 square per dark module, shifted by a quiet zone of `pad` modules. */
export function qrPath(code: QrModules, pad: number): string {
  const parts: string[] = [];
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) parts.push(`M${x + pad} ${y + pad}h1v1h-1z`);
    }
  }
  return parts.join('');
}
