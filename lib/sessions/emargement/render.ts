import { Readable } from "node:stream";
import { createElement } from "react";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import type { FeuilleEmargement } from "./data";
import { FeuilleEmargementDocument } from "./FeuilleEmargementDocument";

function documentOf(feuille: FeuilleEmargement) {
  registerPdfFonts();
  // react-pdf types its entry points for <Document> elements; our component renders one.
  return createElement(FeuilleEmargementDocument, { feuille }) as unknown as Parameters<typeof renderToBuffer>[0];
}

export async function renderEmargementPdf(feuille: FeuilleEmargement): Promise<Buffer> {
  return renderToBuffer(documentOf(feuille));
}

export async function renderEmargementStream(feuille: FeuilleEmargement): Promise<ReadableStream<Uint8Array>> {
  const stream = await renderToStream(documentOf(feuille));
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
