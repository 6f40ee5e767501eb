import { newPdfDocument, pdfBuffer, pdfStream, type Doc } from "@/lib/pdf/draw";
import type { ConvocationLettersData } from "./data";
import { drawLettre } from "./page";

/**
 * The letters of a jury (or one juror's), one A4 page each, drawn straight with pdfkit (lib/pdf/draw.ts):
 * a letter is a fixed design, so only its paragraphs wrap.
 */
function newDocument(data: ConvocationLettersData): Doc {
  return newPdfDocument({ title: `Convocations — session ${data.numero}`, author: data.centre.raisonSociale, subject: `Convocation au jury de la session ${data.numero}` });
}

function writer(data: ConvocationLettersData) {
  return (doc: Doc): void => {
    for (const lettre of data.lettres) drawLettre(doc, data, lettre);
    doc.end();
  };
}

/** The letters as one PDF in memory (e-mail attachments, bench). */
export function renderConvocationsPdf(data: ConvocationLettersData): Promise<Buffer> {
  return pdfBuffer(newDocument(data), writer(data));
}

/** The letters as a web stream, for a route handler's Response body. */
export async function renderConvocationsStream(data: ConvocationLettersData): Promise<ReadableStream<Uint8Array>> {
  return pdfStream(newDocument(data), writer(data));
}
