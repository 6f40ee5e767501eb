import type { AgrementStatut, UserRole } from "@/db/schema";

/** Every change of an agrément's state, as data: anything not in this table is refused. */
export const AGREMENT_TRANSITIONS = {
  deposer: { from: null, to: "en_instruction", roles: ["centre", "regional", "national"] },
  accepter: { from: "en_instruction", to: "acceptee", roles: ["regional", "national"] },
  refuser: { from: "en_instruction", to: "refusee", roles: ["regional", "national"] },
  retirer: { from: "acceptee", to: "retiree", roles: ["regional", "national"] },
} as const satisfies Record<string, { from: AgrementStatut | null; to: AgrementStatut; roles: readonly UserRole[] }>;

export type AgrementTransition = keyof typeof AGREMENT_TRANSITIONS;

export const transitionLabels: Record<AgrementTransition, string> = {
  deposer: "Dépôt de la demande",
  accepter: "Acceptation",
  refuser: "Refus",
  retirer: "Retrait",
};

export type TransitionCheck = { ok: true; to: AgrementStatut } | { ok: false; message: string };

export function checkTransition(transition: AgrementTransition, from: AgrementStatut | null, role: UserRole): TransitionCheck {
  const rule = AGREMENT_TRANSITIONS[transition];
  if (!(rule.roles as readonly UserRole[]).includes(role)) return { ok: false, message: "Cette action n'est pas ouverte à votre rôle." };
  if (rule.from !== from) {
    return { ok: false, message: `Impossible : l'agrément est ${from ? statutLabels[from].toLowerCase() : "inexistant"}. Rechargez la page.` };
  }
  return { ok: true, to: rule.to };
}

export const statutLabels: Record<AgrementStatut, string> = {
  en_instruction: "En cours d'instruction",
  acceptee: "Acceptée",
  refusee: "Refusée",
  retiree: "Retirée",
};
