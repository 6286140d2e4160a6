// Inputs of the portal procedures (portalClientProcedure checks `clientId` itself; these add the rest).
import { z } from "zod";

const id = z.string().min(1).max(64);
const DAY_MS = 24 * 60 * 60_000;

export const clientInput = z.object({ clientId: id });

export const taskInput = z.object({ clientId: id, taskId: id });

/** The contract's signing date: a real date, not in the future (one day of slack for time zones). */
export const confirmContractInput = z.object({
  clientId: id,
  taskId: id,
  signedOn: z.coerce
    .date({ error: "portal.errors.signedOnInvalid" })
    .refine((d) => d.getTime() <= Date.now() + DAY_MS && d.getUTCFullYear() >= 2000, { error: "portal.errors.signedOnInvalid" }),
});

export const inviteInput = z.object({
  clientId: id,
  fullName: z.string().trim().min(2, { error: "portal.errors.nameRequired" }).max(200, { error: "portal.errors.nameTooLong" }),
  position: z.string().trim().max(200, { error: "portal.errors.positionTooLong" }).default(""),
  email: z.string().trim().toLowerCase().max(254, { error: "portal.errors.emailInvalid" }).pipe(z.email({ error: "portal.errors.emailInvalid" })),
  canViewCredentials: z.boolean().default(false),
  canManagePersons: z.boolean().default(false),
});

export const personInput = z.object({ clientId: id, personId: id });

export const accessInput = z.object({ clientId: id, accessId: id });

export const markReadInput = z.object({ clientId: id, notificationId: id.optional() });

export type InviteInput = z.output<typeof inviteInput>;
