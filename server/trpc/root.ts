// The app router: every procedure of the app, office and portal.
import { officeClientsRouter } from "@/server/clients/clients.router";
import { officeStaffRouter } from "@/server/staff/staff.router";
import { officeProgramsRouter } from "@/server/programs/programs.router";
import { officeAuditsRouter } from "@/server/audits/audits.router";
import { officeAuditTemplatesRouter } from "@/server/audits/audit-templates.router";
import { officeProgramTemplatesRouter } from "@/server/templates/program-templates.router";
import { officeGroupsRouter } from "@/server/groups/groups.router";
import { officeCloudAccessRouter } from "@/server/cloud-access/cloud-access.router";
import { officeDashboardRouter } from "@/server/dashboard/dashboard.router";
import { officeActivityRouter } from "@/server/activity/activity.router";
import { officeOutboxRouter } from "@/server/mail/outbox.router";
import { portalRouter } from "@/server/portal/portal.router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  office: router({
    clients: officeClientsRouter,
    staff: officeStaffRouter,
    programs: officeProgramsRouter,
    audits: officeAuditsRouter,
    auditTemplates: officeAuditTemplatesRouter,
    programTemplates: officeProgramTemplatesRouter,
    groups: officeGroupsRouter,
    cloudAccess: officeCloudAccessRouter,
    dashboard: officeDashboardRouter,
    activity: officeActivityRouter,
    outbox: officeOutboxRouter,
  }),
  portal: portalRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
