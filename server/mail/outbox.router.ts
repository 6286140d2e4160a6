// Office procedures of the firm's outbox (ADMIN): a page of messages, one message with its rendered body.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { outboxMessageInput, outboxPageInput } from "./outbox.schema";
import { getOutboxMessage, listOutbox } from "./outbox.service";

export const officeOutboxRouter = router({
  list: staffProcedure("outbox.read").input(outboxPageInput).query(({ ctx, input }) => listOutbox({ firmId: ctx.actor.firmId, ...input })),
  get: staffProcedure("outbox.read").input(outboxMessageInput).query(({ ctx, input }) => getOutboxMessage({ firmId: ctx.actor.firmId, id: input.id })),
});
