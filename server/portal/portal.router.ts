// Portal procedures for authorized persons.
import { router } from "@/server/trpc/init";
import { portalProcedure } from "@/server/trpc/procedures";
import { listPortalClients, portalMe } from "./portal.service";

export const portalRouter = router({
  me: portalProcedure.query(({ ctx }) => portalMe({ actor: ctx.actor })),
  clients: router({
    list: portalProcedure.query(({ ctx }) => listPortalClients({ actor: ctx.actor })),
  }),
});
