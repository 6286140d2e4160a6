// Office procedures of the firm's express-audit template.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { auditTemplateUpdateInput } from "./audits.schema";
import { getAuditTemplate, updateAuditTemplate } from "./audit-templates.service";

export const officeAuditTemplatesRouter = router({
  get: staffProcedure("audits.read").query(({ ctx }) => getAuditTemplate({ actor: ctx.actor })),
  update: staffProcedure("auditTemplates.manage").input(auditTemplateUpdateInput).mutation(({ ctx, input }) => updateAuditTemplate({ actor: ctx.actor }, input)),
});
