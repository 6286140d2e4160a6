// Portal procedures for authorized persons: home, to-dos, persons, cloud access, notifications (thin: services do the work).
import { router } from "@/server/trpc/init";
import { portalAllows, portalClientProcedure, portalProcedure } from "@/server/trpc/procedures";
import { AppError } from "@/server/errors";
import { listPortalClients, portalMe } from "./portal.service";
import { portalHome } from "./home.service";
import { completeAppointment, confirmContract, listTodos } from "./todos.service";
import { invitePerson, listPersons, revokePerson } from "./persons.service";
import { listAccess, logRevealRefused, revealPassword } from "./access.service";
import { reportBrokenPassword } from "./report-broken.service";
import { listNotifications, markNotificationsRead, portalBadges } from "./notifications.service";
import { accessInput, confirmContractInput, inviteInput, markReadInput, personInput, taskInput } from "./portal.schema";

const read = portalClientProcedure("portal.read");
const managePersons = portalClientProcedure("persons.manage");

/** Like portalClientProcedure("credentials.view"), but a refusal is written to the activity log first. */
const viewCredentials = read.use(async ({ ctx, getRawInput, next }) => {
  if (!portalAllows(ctx.membership, "credentials.view")) {
    const raw = await getRawInput();
    await logRevealRefused(ctx.actor, ctx.membership, raw && typeof raw === "object" ? Reflect.get(raw, "accessId") : null);
    throw new AppError("FORBIDDEN", "portal.errors.noCredentialsPermission");
  }
  return next();
});

export const portalRouter = router({
  me: portalProcedure.query(({ ctx }) => portalMe({ actor: ctx.actor })),
  clients: router({
    list: portalProcedure.query(({ ctx }) => listPortalClients({ actor: ctx.actor })),
  }),
  home: read.query(({ ctx }) => portalHome(ctx)),
  badges: read.query(({ ctx }) => portalBadges(ctx)),
  todos: router({
    list: read.query(({ ctx }) => listTodos(ctx)),
    confirmContract: read.input(confirmContractInput).mutation(({ ctx, input }) => confirmContract(ctx, input)),
    completeAppointment: managePersons.input(taskInput).mutation(({ ctx, input }) => completeAppointment(ctx, input)),
  }),
  persons: router({
    list: read.query(({ ctx }) => listPersons(ctx)),
    invite: managePersons.input(inviteInput).mutation(({ ctx, input }) => invitePerson(ctx, input)),
    revoke: managePersons.input(personInput).mutation(({ ctx, input }) => revokePerson(ctx, input)),
  }),
  access: router({
    list: read.query(({ ctx }) => listAccess(ctx)),
    reveal: viewCredentials.input(accessInput).mutation(({ ctx, input }) => revealPassword(ctx, input)),
    reportBroken: read.input(accessInput).mutation(({ ctx, input }) => reportBrokenPassword(ctx, input)),
  }),
  notifications: router({
    list: read.query(({ ctx }) => listNotifications(ctx)),
    markRead: read.input(markReadInput).mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
  }),
});
