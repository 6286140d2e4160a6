// Office procedures of express audits.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { auditClientInput, auditIdInput, decideInput, recordFindingInput } from "./audits.schema";
import { auditsOfClient, getAudit, recordFinding, startAudit } from "./audits.service";
import { decideAudit } from "./audit-decision.service";

export const officeAuditsRouter = router({
  start: staffProcedure("audits.conduct").input(auditClientInput).mutation(({ ctx, input }) => startAudit({ actor: ctx.actor }, input)),
  get: staffProcedure("audits.read").input(auditIdInput).query(({ ctx, input }) => getAudit({ actor: ctx.actor }, input)),
  forClient: staffProcedure("audits.read").input(auditClientInput).query(({ ctx, input }) => auditsOfClient({ actor: ctx.actor }, input)),
  recordFinding: staffProcedure("audits.conduct").input(recordFindingInput).mutation(({ ctx, input }) => recordFinding({ actor: ctx.actor }, input)),
  decide: staffProcedure("audits.decide").input(decideInput).mutation(({ ctx, input }) => decideAudit({ actor: ctx.actor }, input)),
});
