import { Readable } from "node:stream";
import { createElement } from "react";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { preparePdfFonts } from "@/lib/pdf/fonts";
import type { LivretData } from "./data";
import { LivretDocument } from "./LivretDocument";

function documentOf(data: LivretData) {
  // react-pdf types its entry points for <Document> elements; our component renders one.
  return createElement(LivretDocument, { data }) as unknown as Parameters<typeof renderToBuffer>[0];
}

export async function renderLivretPdf(data: LivretData): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(documentOf(data));
}

export async function renderLivretStream(data: LivretData): Promise<ReadableStream<Uint8Array>> {
  await preparePdfFonts();
  const stream = await renderToStream(documentOf(data));
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
