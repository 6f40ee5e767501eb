import { describe, expect, test } from "vitest";
import { currentTab } from "@/components/layout/current-tab";

const session = [
  { href: "/sessions/s1", label: "Informations" },
  { href: "/sessions/s1/jury", label: "Jury" },
  { href: "/sessions/s1/candidats", label: "Candidats" },
  { href: "/sessions/s1/resultats", label: "Résultats" },
  { href: "/sessions/s1/historique", label: "Historique" },
];

describe("onglet courant d'une page à onglets", () => {
  test.each([
    ["/sessions/s1", "Informations"],
    ["/sessions/s1/candidats", "Candidats"],
    ["/sessions/s1/candidats/nouveau", "Candidats"],
    ["/sessions/s1/candidats/import", "Candidats"],
    ["/sessions/s1/jury", "Jury"],
    ["/sessions/s1/jury/convocations/j9", "Jury"],
    ["/sessions/s1/historique", "Historique"],
  ])("%s → %s", (path, label) => {
    expect(currentTab(session, path).label).toBe(label);
  });

  test("un chemin qui commence comme un onglet sans en être une sous-page ne le sélectionne pas", () => {
    expect(currentTab(session, "/sessions/s1/candidats-archives").label).toBe("Informations");
    expect(currentTab(session, "/sessions/s10/candidats").label).toBe("Informations");
  });

  test("l'onglet racine ne se sélectionne que sur son propre chemin : une sous-page sans onglet retombe sur le premier onglet", () => {
    const candidat = [
      { href: "/candidats/c1", label: "Fiche et parcours" },
      { href: "/candidats/c1/historique", label: "Historique" },
    ];
    expect(currentTab(candidat, "/candidats/c1").label).toBe("Fiche et parcours");
    expect(currentTab(candidat, "/candidats/c1/historique").label).toBe("Historique");
    expect(currentTab(candidat, "/candidats/c1/modifier").label).toBe("Fiche et parcours");
  });

  test("la sous-page d'un onglet imbriqué sélectionne l'onglet le plus précis", () => {
    const tabs = [
      { href: "/a", label: "Racine" },
      { href: "/a/b", label: "B" },
      { href: "/a/b/c", label: "C" },
    ];
    expect(currentTab(tabs, "/a/b/c/d").label).toBe("C");
    expect(currentTab(tabs, "/a/b/x").label).toBe("B");
  });

  test("une barre finale ou des paramètres ne changent rien", () => {
    expect(currentTab(session, "/sessions/s1/candidats/").label).toBe("Candidats");
    expect(currentTab(session, "/sessions/s1/").label).toBe("Informations");
  });
});
