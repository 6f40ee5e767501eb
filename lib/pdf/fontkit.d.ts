// fontkit 2 ships no types: what CERES uses of it (parse a font once, hand it to pdfkit).
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    layout(text: string, features?: string[] | Record<string, boolean>): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
