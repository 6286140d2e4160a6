// Inputs of the express-audit and audit-template procedures.
import { z } from "zod";
import { AuditDecision, AuditResult } from "@/server/generated/prisma/enums";

const id = z.string().min(1).max(64);

export const auditIdInput = z.object({ auditId: id });
export const auditClientInput = z.object({ clientId: id });

export const recordFindingInput = z.object({
  auditId: id,
  findingId: id,
  result: z.enum(AuditResult),
  comment: z.string().trim().max(2000).optional().nullable(),
});
export type RecordFindingInput = z.input<typeof recordFindingInput>;

export const decideInput = z.object({
  auditId: id,
  decision: z.enum(AuditDecision),
  note: z.string().trim().max(2000).optional().nullable(),
});
export type DecideInput = z.input<typeof decideInput>;

export const auditTemplateUpdateInput = z.object({
  items: z
    .array(
      z.object({
        id: id.optional().nullable(),
        title: z.string().trim().min(1).max(300),
        description: z.string().trim().max(1000).optional().nullable(),
      }),
    )
    .min(1)
    .max(100),
});
export type AuditTemplateUpdateInput = z.input<typeof auditTemplateUpdateInput>;

/** The day of the program on which a remediation task is due, counted from the window's start. */
export const REMEDIATION_DAY_OFFSET = 5;
