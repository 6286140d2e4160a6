// Office procedures of transition programs and their tasks.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { approveInput, clientIdInput, programIdInput, programListInput, refusalInput, taskCommentInput, taskStatusInput, windowInput } from "./programs.schema";
import { getProgram } from "./programs.service";
import { latestProgramSummary, listOpenPrograms } from "./program-list.service";
import { approveProgram, refuseByClient, refuseByOutsourcer, setProgramWindow } from "./program-actions.service";
import { addTaskComment, setTaskStatus } from "./tasks.service";

export const officeProgramsRouter = router({
  get: staffProcedure("programs.read").input(programIdInput).query(({ ctx, input }) => getProgram({ actor: ctx.actor }, input.programId)),
  list: staffProcedure("programs.read").input(programListInput).query(({ ctx, input }) => listOpenPrograms({ actor: ctx.actor }, input)),
  latestOfClient: staffProcedure("programs.read").input(clientIdInput).query(({ ctx, input }) => latestProgramSummary({ actor: ctx.actor }, input.clientId)),
  approve: staffProcedure("programs.manage").input(approveInput).mutation(({ ctx, input }) => approveProgram({ actor: ctx.actor }, input)),
  setWindow: staffProcedure("programs.manage").input(windowInput).mutation(({ ctx, input }) => setProgramWindow({ actor: ctx.actor }, input)),
  refuseByOutsourcer: staffProcedure("programs.manage").input(refusalInput).mutation(({ ctx, input }) => refuseByOutsourcer({ actor: ctx.actor }, input)),
  refuseByClient: staffProcedure("programs.manage").input(refusalInput).mutation(({ ctx, input }) => refuseByClient({ actor: ctx.actor }, input)),
  tasks: router({
    setStatus: staffProcedure("tasks.update").input(taskStatusInput).mutation(({ ctx, input }) => setTaskStatus({ actor: ctx.actor }, input)),
    comment: staffProcedure("tasks.update").input(taskCommentInput).mutation(({ ctx, input }) => addTaskComment({ actor: ctx.actor }, input)),
  }),
});
