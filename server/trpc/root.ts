// The app router: every procedure of the app, office and portal.
import { officeClientsRouter } from "@/server/clients/clients.router";
import { officeStaffRouter } from "@/server/staff/staff.router";
import { officeProgramsRouter } from "@/server/programs/programs.router";
import { portalRouter } from "@/server/portal/portal.router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  office: router({
    clients: officeClientsRouter,
    staff: officeStaffRouter,
    programs: officeProgramsRouter,
  }),
  portal: portalRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
