import { Readable } from "node:stream";
import { createElement } from "react";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import type { ConvocationLettersData } from "./data";
import { ConvocationLettersDocument } from "./ConvocationLettersDocument";
import { preparePdfFonts } from "@/lib/pdf/fonts";

function documentOf(data: ConvocationLettersData) {
  // react-pdf types its entry points for <Document> elements; our component renders one.
  return createElement(ConvocationLettersDocument, { data }) as unknown as Parameters<typeof renderToBuffer>[0];
}

/** The letters as one PDF in memory (e-mail attachments, bench). */
export async function renderConvocationsPdf(data: ConvocationLettersData): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(documentOf(data));
}

/** The letters as a web stream, for a route handler's Response body. */
export async function renderConvocationsStream(data: ConvocationLettersData): Promise<ReadableStream<Uint8Array>> {
  await preparePdfFonts();
  const stream = await renderToStream(documentOf(data));
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
