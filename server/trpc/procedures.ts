// Procedures by composition: public, staff(action), portal(action). The one place access is enforced.
import { z } from "zod";
import { AppError } from "@/server/errors";
import { portalMembership } from "@/server/auth/scope";
import { portalPermissions, staffCan, type PortalAction, type StaffAction } from "@/server/auth/permissions";
import { baseProcedure } from "./init";

export const publicProcedure = baseProcedure;

const signedIn = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new AppError("UNAUTHORIZED", "errors.unauthorized");
  return next({ ctx: { actor: ctx.actor } });
});

const anyStaff = signedIn.use(({ ctx, next }) => {
  if (ctx.actor.kind !== "staff") throw new AppError("FORBIDDEN", "errors.forbidden");
  return next({ ctx: { actor: ctx.actor } });
});

const anyPortal = signedIn.use(({ ctx, next }) => {
  if (ctx.actor.kind !== "portal") throw new AppError("FORBIDDEN", "errors.forbidden");
  return next({ ctx: { actor: ctx.actor } });
});

/** A procedure for staff whose role the permission map allows to do `action`. */
export function staffProcedure(action: StaffAction) {
  return anyStaff.use(({ ctx, next }) => {
    if (!staffCan(ctx.actor.role, action)) throw new AppError("FORBIDDEN", "errors.forbidden");
    return next();
  });
}

/** A procedure for any signed-in authorized person, about themselves (not tied to one client). */
export const portalProcedure = anyPortal;

/**
 * A procedure about one client of the person (`input.clientId`): another client is NOT_FOUND; a missing
 * permission flag is FORBIDDEN. The membership is put into the context.
 */
export function portalClientProcedure(action: PortalAction) {
  return anyPortal.input(z.object({ clientId: z.string().min(1).max(64) })).use(({ ctx, input, next }) => {
    const membership = portalMembership(ctx.actor, input.clientId);
    if (!portalAllows(membership, action)) throw new AppError("FORBIDDEN", "errors.forbidden");
    return next({ ctx: { membership } });
  });
}

/** Whether a membership carries the flag a portal action needs. */
export function portalAllows(membership: { canViewCredentials: boolean; canManagePersons: boolean }, action: PortalAction): boolean {
  const flag = portalPermissions[action];
  return flag === null || membership[flag];
}
