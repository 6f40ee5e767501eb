import QRCode from "qrcode";
import { describe, expect, test } from "vitest";
import { parcheminQrText } from "@/lib/parchemins/qr-text";
import { qrPath } from "@/lib/parchemins/pdf/qr-path";
import { parcheminsDeBench } from "../../scripts/bench/parchemins-data";

describe("QR code du parchemin", () => {
  const textes = parcheminsDeBench(40).map(({ parchemin }) => parcheminQrText(parchemin, "https://ceres.travail.gouv.fr"));

  test("le tracé couvre exactement les modules sombres du code", () => {
    const text = textes[0]!;
    const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
    const { d, size } = qrPath(text);
    expect(size).toBe(modules.size);
    const dark = new Set<number>();
    for (const [, col, row, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) for (let c = 0; c < Number(width); c++) dark.add(Number(row) * size + Number(col) + c);
    const expected = [...modules.data.keys()].filter((i) => modules.data[i]);
    expect([...dark].sort((a, b) => a - b)).toEqual(expected);
  });
});
