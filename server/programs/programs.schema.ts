// Inputs of the transition-program procedures.
import { z } from "zod";
import { TaskStatus } from "@/server/generated/prisma/enums";

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);
const reason = z.string().trim().min(3, "reasonRequired").max(2000);

export const programIdInput = z.object({ programId: id });

/** Programs in progress: a part of the client's name, DRAFT or APPROVED, and the page after `cursor` (a program's id). */
export const programListInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    status: z.enum(["DRAFT", "APPROVED"]).optional(),
    cursor: id.optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .prefault({});
export type ProgramListInput = z.input<typeof programListInput>;
export const clientIdInput = z.object({ clientId: id });

export const approveInput = z.object({
  programId: id,
  version,
  approvedFrom: z.coerce.date().optional(),
  windowDays: z.number().int().min(1).max(90).optional(),
});

export const windowInput = z
  .object({ programId: id, version, windowStart: z.coerce.date(), windowEnd: z.coerce.date() })
  .refine((v) => v.windowEnd >= v.windowStart, { path: ["windowEnd"], message: "windowEndBeforeStart" });

export const refusalInput = z.object({ programId: id, version, reason });

export const taskStatusInput = z
  .object({ taskId: id, status: z.enum(TaskStatus), blockedReason: z.string().trim().max(2000).optional() })
  .refine((v) => v.status !== "BLOCKED" || (v.blockedReason?.length ?? 0) >= 3, { path: ["blockedReason"], message: "reasonRequired" });

export const taskCommentInput = z.object({ taskId: id, body: z.string().trim().min(1).max(5000) });
