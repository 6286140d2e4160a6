import { describe, expect, it } from "vitest";
import { staffActionsFor, staffCan, staffPermissions } from "@/server/auth/permissions";

describe("permission map", () => {
  it("lets ADMIN do every staff action", () => {
    expect(staffActionsFor("ADMIN")).toEqual(Object.keys(staffPermissions));
  });

  it("fails closed for unknown or missing roles", () => {
    expect(staffCan("SUPERUSER", "clients.read")).toBe(false);
    expect(staffCan(null, "clients.read")).toBe(false);
    expect(staffActionsFor(undefined)).toEqual([]);
  });

  it("keeps the mail outbox and staff management to ADMIN", () => {
    for (const role of ["MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"]) {
      expect(staffCan(role, "outbox.read")).toBe(false);
      expect(staffCan(role, "staff.manage")).toBe(false);
    }
  });
});
