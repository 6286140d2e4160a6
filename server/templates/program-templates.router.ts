// Office procedures of the firm's program templates: read by any staff who read programs, edited by ADMIN.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { updateTemplateInput } from "./program-templates.schema";
import { getDefaultProgramTemplate, updateProgramTemplate } from "./program-templates.service";

export const officeProgramTemplatesRouter = router({
  get: staffProcedure("programs.read").query(({ ctx }) => getDefaultProgramTemplate({ actor: ctx.actor })),
  update: staffProcedure("programTemplates.manage").input(updateTemplateInput).mutation(({ ctx, input }) => updateProgramTemplate({ actor: ctx.actor }, input)),
});
