// The office navigation and the permission each item needs (read from the one permission map).
import { staffCan, type StaffAction } from "@/server/auth/permissions";

export type NavKey = "dashboard" | "clients" | "groups" | "staff" | "outbox" | "templates";
export type NavItem = { key: NavKey; href: string; exact: boolean };

const items: Array<NavItem & { action: StaffAction }> = [
  { key: "dashboard", href: "/office", exact: true, action: "dashboard.read" },
  { key: "clients", href: "/office/clients", exact: false, action: "clients.read" },
  { key: "groups", href: "/office/groups", exact: false, action: "staff.read" },
  { key: "staff", href: "/office/staff", exact: false, action: "staff.read" },
  { key: "outbox", href: "/office/outbox", exact: false, action: "outbox.read" },
  { key: "templates", href: "/office/templates", exact: false, action: "programTemplates.manage" },
];

/** The items a role may see, in display order. */
export function navItemsFor(role: string): NavItem[] {
  return items.filter((item) => staffCan(role, item.action)).map(({ key, href, exact }) => ({ key, href, exact }));
}
