// Office client procedures: thin wrappers over the client service.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { clientIdInput, clientListInput } from "./clients.schema";
import { getClient, listClients } from "./clients.service";

export const officeClientsRouter = router({
  list: staffProcedure("clients.read")
    .input(clientListInput)
    .query(({ ctx, input }) => listClients({ actor: ctx.actor }, input)),
  get: staffProcedure("clients.read")
    .input(clientIdInput)
    .query(({ ctx, input }) => getClient({ actor: ctx.actor }, input.clientId)),
});
