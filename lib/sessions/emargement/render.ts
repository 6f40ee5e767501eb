import { Readable } from "node:stream";
import { createElement } from "react";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { preparePdfFonts } from "@/lib/pdf/fonts";
import type { FeuilleEmargement } from "./data";
import { FeuilleEmargementDocument } from "./FeuilleEmargementDocument";

function documentOf(feuille: FeuilleEmargement) {
  // react-pdf types its entry points for <Document> elements; our component renders one.
  return createElement(FeuilleEmargementDocument, { feuille }) as unknown as Parameters<typeof renderToBuffer>[0];
}

export async function renderEmargementPdf(feuille: FeuilleEmargement): Promise<Buffer> {
  await preparePdfFonts();
  return renderToBuffer(documentOf(feuille));
}

export async function renderEmargementStream(feuille: FeuilleEmargement): Promise<ReadableStream<Uint8Array>> {
  await preparePdfFonts();
  const stream = await renderToStream(documentOf(feuille));
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
