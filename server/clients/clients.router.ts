// Office client procedures: thin wrappers over the client and lead services.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { clientIdInput, clientListInput, clientUpdateInput, leadFieldsInput } from "./clients.schema";
import { getClient, listClients } from "./clients.service";
import { clientCard } from "./client-card.service";
import { createLead, reopenAsLead, updateClient } from "./leads.service";
import { invitePersonAsStaff } from "./authorized-persons.service";
import { clientFilterOptions } from "./filter-options.service";
import { inviteInput } from "@/server/portal/portal.schema";

export const officeClientsRouter = router({
  list: staffProcedure("clients.read")
    .input(clientListInput)
    .query(({ ctx, input }) => listClients({ actor: ctx.actor }, input)),
  filterOptions: staffProcedure("clients.read").query(({ ctx }) => clientFilterOptions({ actor: ctx.actor })),
  get: staffProcedure("clients.read")
    .input(clientIdInput)
    .query(({ ctx, input }) => getClient({ actor: ctx.actor }, input.clientId)),
  card: staffProcedure("clients.read")
    .input(clientIdInput)
    .query(({ ctx, input }) => clientCard({ actor: ctx.actor }, input.clientId)),
  create: staffProcedure("clients.create")
    .input(leadFieldsInput)
    .mutation(({ ctx, input }) => createLead({ actor: ctx.actor }, input)),
  update: staffProcedure("clients.update")
    .input(clientUpdateInput)
    .mutation(({ ctx, input }) => updateClient({ actor: ctx.actor }, input)),
  reopenAsLead: staffProcedure("clients.update")
    .input(clientIdInput)
    .mutation(({ ctx, input }) => reopenAsLead({ actor: ctx.actor }, input)),
  invitePerson: staffProcedure("clients.update")
    .input(inviteInput)
    .mutation(({ ctx, input }) => invitePersonAsStaff({ actor: ctx.actor }, input)),
});
