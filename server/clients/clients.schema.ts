// Inputs of the client procedures.
import { z } from "zod";
import { ClientStage } from "@/server/generated/prisma/enums";

export const clientListInput = z.object({
  search: z.string().trim().max(200).optional(),
  stage: z.enum(ClientStage).optional(),
  managerId: z.string().max(64).optional(),
  groupId: z.string().max(64).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ClientListInput = z.input<typeof clientListInput>;

export const clientIdInput = z.object({ clientId: z.string().min(1).max(64) });
