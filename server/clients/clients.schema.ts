// Inputs of the client procedures.
import { z } from "zod";
import { ClientStage, TaxRegime } from "@/server/generated/prisma/enums";

export const clientListInput = z.object({
  search: z.string().trim().max(200).optional(),
  stage: z.enum(ClientStage).optional(),
  managerId: z.string().max(64).optional(),
  groupId: z.string().max(64).optional(),
  /** A firm with many managers or groups filters by a part of the name instead of choosing from a list. */
  managerName: z.string().trim().max(200).optional(),
  groupName: z.string().trim().max(200).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ClientListInput = z.input<typeof clientListInput>;

export const clientIdInput = z.object({ clientId: z.string().min(1).max(64) });

const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();

/** A lead's form: requisites are checked by their check digits in the service, which names the field at fault. */
export const leadFieldsInput = z.object({
  name: z.string().trim().max(300),
  inn: z.string().trim().max(20),
  kpp: optionalText(20),
  ogrn: optionalText(20),
  taxRegime: z.enum(TaxRegime),
  contactName: optionalText(200),
  contactPhone: optionalText(50),
  contactEmail: optionalText(254),
  managerId: optionalText(64),
});
export type LeadFieldsInput = z.input<typeof leadFieldsInput>;

export const clientUpdateInput = leadFieldsInput.extend({ clientId: z.string().min(1).max(64) });
export type ClientUpdateInput = z.input<typeof clientUpdateInput>;
