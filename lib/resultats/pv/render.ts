import { Readable } from "node:stream";
import { createElement } from "react";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { preparePdfFonts } from "@/lib/pdf/fonts";
import type { PvData } from "./data";
import { PvDocument } from "./PvDocument";

function documentOf(data: PvData) {
  return createElement(PvDocument, { data }) as unknown as Parameters<typeof renderToBuffer>[0];
}

export async function renderPvPdf(data: PvData): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(documentOf(data));
}

export async function renderPvStream(data: PvData): Promise<ReadableStream<Uint8Array>> {
  await preparePdfFonts();
  const stream = await renderToStream(documentOf(data));
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
