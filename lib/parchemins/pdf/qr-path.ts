import QRCode from "qrcode";

/**
 * A QR code as one SVG path (one square per dark module, in module units) and its size in modules: drawn as
 * a vector by react-pdf, sharp at any print resolution, and one path is one PDF operation list.
 * Correction level M: a crease or a stain on a paper certificate still scans.
 */
export function qrPath(text: string): { d: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let d = "";
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!modules.data[row * size + col]) continue;
      // Runs of dark modules on a row become one rectangle: fewer path segments to write.
      let end = col;
      while (end + 1 < size && modules.data[row * size + end + 1]) end++;
      d += `M${col} ${row}h${end - col + 1}v1h${col - end - 1}z`;
      col = end;
    }
  }
  return { d, size };
}
