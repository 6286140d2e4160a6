// The one permission map: which staff roles may do each action, and which portal flag each portal action needs.
// Procedures enforce it; the UI reads it to hide what a role cannot do. Unknown roles fail closed.
import type { StaffRole } from "@/server/generated/prisma/enums";

const ALL_STAFF = ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const;

export const staffPermissions = {
  "dashboard.read": ALL_STAFF,
  "clients.read": ALL_STAFF,
  "clients.create": ["ADMIN", "MANAGER"],
  "clients.update": ["ADMIN", "MANAGER"],
  "audits.read": ALL_STAFF,
  "audits.conduct": ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT"],
  "audits.decide": ["ADMIN", "MANAGER"],
  "auditTemplates.manage": ["ADMIN"],
  "programs.read": ALL_STAFF,
  "programs.manage": ["ADMIN", "MANAGER"],
  "programs.overrideCapacity": ["ADMIN"],
  "programTemplates.manage": ["ADMIN"],
  "tasks.update": ALL_STAFF,
  "groups.read": ALL_STAFF,
  "groups.manage": ["ADMIN"],
  "staff.read": ALL_STAFF,
  "staff.manage": ["ADMIN"],
  "cloudAccess.read": ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT"],
  "cloudAccess.manage": ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT"],
  "cloudAccess.reveal": ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT"],
  "activity.read": ALL_STAFF,
  "outbox.read": ["ADMIN"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof staffPermissions;

/** Portal actions and the AuthorizedPerson flag each needs (null: any active person of the client). */
export const portalPermissions = {
  "portal.read": null,
  "credentials.view": "canViewCredentials",
  "persons.manage": "canManagePersons",
} as const satisfies Record<string, "canViewCredentials" | "canManagePersons" | null>;

export type PortalAction = keyof typeof portalPermissions;

export function staffCan(role: string | null | undefined, action: StaffAction): boolean {
  const allowed: readonly string[] | undefined = staffPermissions[action];
  return !!role && !!allowed && allowed.includes(role);
}

/** Every action a role may do, for the UI. */
export function staffActionsFor(role: string | null | undefined): StaffAction[] {
  return (Object.keys(staffPermissions) as StaffAction[]).filter((action) => staffCan(role, action));
}
