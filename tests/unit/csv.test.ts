import { describe, expect, test } from "vitest";
import { csvCell, csvLine, csvResponse } from "@/lib/csv";

describe("export CSV", () => {
  test.each([
    [null, '""'],
    [undefined, '""'],
    ["Dupont", '"Dupont"'],
    ["Nguyễn Ørsted", '"Nguyễn Ørsted"'],
    ["Saint-Étienne; Loire", '"Saint-Étienne; Loire"'],
    ['Le "Centre"', '"Le ""Centre"""'],
    ["ligne 1\r\nligne 2", '"ligne 1\r\nligne 2"'],
    [42, '"42"'],
    ["01234", '"01234"'],
  ])("chaque cellule est entre guillemets : %j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test.each([
    ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["+33 6", "\"'+33 6\""],
    ["-1+1", "\"'-1+1\""],
    ["@SUM(A1)", "\"'@SUM(A1)\""],
    ["\tcmd", "\"'\tcmd\""],
    ["\rcmd", "\"'\rcmd\""],
  ])("une formule est neutralisée par une apostrophe : %j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("sépare par ; et termine par CRLF", () => {
    expect(csvLine(["a", "b c", null])).toBe('"a";"b c";""\r\n');
  });

  test("écrit le BOM, l'en-tête et toutes les pages", async () => {
    async function* pages() {
      yield [["1", "Ada"]];
      yield [["2", "Élise"]];
    }
    const response = csvResponse("x.csv", ["id", "nom"], pages());
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="x.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('"id";"nom"\r\n"1";"Ada"\r\n"2";"Élise"\r\n');
  });
});
