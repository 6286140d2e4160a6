// Matrix rows: working groups (read, manage, suggest/assign) and staff administration. Mutations use a stale version
// or input the schema rejects after the guards, so they change nothing in the seeded data.
import { rolesRow, staffRow, type MatrixRow } from "./table";

const outsiders = { otherGroupOperator: "NOT_FOUND", otherFirmAdmin: "NOT_FOUND" } as const;
const admins = ["admin", "otherFirmAdmin"] as const;
const adminOnly = rolesRow("ALLOWED", [...admins]);
const noStaff = { staffId: "" };

export const groupsStaffRows: Record<string, MatrixRow> = {
  "office.groups.list": { input: () => undefined, expected: staffRow("OK") },
  "office.groups.get": { input: () => ({ groupId: "" }), expected: staffRow("ALLOWED") },
  "office.groups.create": { input: () => ({ name: "x", capacity: 1 }), expected: adminOnly },
  "office.groups.update": { input: () => ({ groupId: "matrix", capacity: -1 }), expected: adminOnly },
  "office.groups.addMember": { input: () => ({ groupId: "matrix", staffId: "matrix", groupRole: "NOBODY" }), expected: adminOnly },
  "office.groups.removeMember": { input: () => ({ groupId: "", staffId: "" }), expected: adminOnly },
  "office.groups.setComposition": { input: () => ({ CHIEF_ACCOUNTANT: -1, ACCOUNTANT: 1, OPERATOR: 3 }), expected: adminOnly },
  "office.groups.suggestForProgram": { input: (f) => ({ programId: f.programId }), expected: staffRow("OK", outsiders) },
  "office.groups.assignToProgram": {
    input: (f) => ({ programId: f.programId, version: 999_999, groupId: "matrix" }),
    expected: rolesRow("ALLOWED", ["admin", "manager"], { otherFirmAdmin: "NOT_FOUND" }),
  },
  "office.staff.choices": { input: () => ({ roles: ["MANAGER"] }), expected: staffRow("OK") },
  "office.staff.get": { input: () => noStaff, expected: adminOnly },
  "office.staff.invite": { input: () => ({ name: "Матрица", email: "not-an-email", role: "OPERATOR" }), expected: adminOnly },
  "office.staff.resendInvitation": { input: () => noStaff, expected: adminOnly },
  "office.staff.changeRole": { input: () => ({ ...noStaff, role: "MANAGER" }), expected: adminOnly },
  "office.staff.deactivate": { input: () => noStaff, expected: adminOnly },
  "office.staff.reactivate": { input: () => noStaff, expected: adminOnly },
  "office.staff.handOver": { input: () => ({ ...noStaff, toStaffId: "" }), expected: adminOnly },
};
