// What every portal service receives: the person, their membership of the client in question, optionally a transaction.
import type { Tx } from "@/server/db";
import type { PortalActor, PortalMembership } from "@/server/auth/actor";

export type PortalCtx = { actor: PortalActor; membership: PortalMembership; tx?: Tx; now?: Date };

/** Task kinds of the standard program that the client completes in the portal. */
export const CONTRACT_KIND = "contract";
export const APPOINTMENT_KIND = "authorized-persons";
/** A service task staff add after "this password does not work"; not part of the transition itself. */
export const PASSWORD_RESET_KIND = "password-reset";
