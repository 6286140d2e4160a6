// Matrix rows: transition programs and their tasks. Mutations use a stale version where they can, so they change nothing.
import { rolesRow, staffRow, type MatrixRow } from "./table";

const outsiders = { otherGroupOperator: "NOT_FOUND", otherFirmAdmin: "NOT_FOUND" } as const;
const managers = ["admin", "manager"] as const;
const stale = (f: { programId: string }) => ({ programId: f.programId, version: 999_999 });

export const programRows: Record<string, MatrixRow> = {
  "office.programs.get": { input: (f) => ({ programId: f.programId }), expected: staffRow("OK", outsiders) },
  "office.programs.list": { input: () => undefined, expected: staffRow("OK") },
  "office.programs.latestOfClient": { input: (f) => ({ clientId: f.synapsId }), expected: staffRow("OK") },
  "office.programs.approve": { input: stale, expected: rolesRow("ALLOWED", [...managers], { otherFirmAdmin: "NOT_FOUND" }) },
  "office.programs.setWindow": {
    input: (f) => ({ ...stale(f), windowStart: new Date("2026-01-01"), windowEnd: new Date("2026-01-08") }),
    expected: rolesRow("ALLOWED", [...managers], { otherFirmAdmin: "NOT_FOUND" }),
  },
  "office.programs.refuseByOutsourcer": { input: (f) => ({ ...stale(f), reason: "matrix" }), expected: rolesRow("ALLOWED", [...managers], { otherFirmAdmin: "NOT_FOUND" }) },
  "office.programs.refuseByClient": { input: (f) => ({ ...stale(f), reason: "matrix" }), expected: rolesRow("ALLOWED", [...managers], { otherFirmAdmin: "NOT_FOUND" }) },
  "office.programs.tasks.setStatus": { input: (f) => ({ taskId: f.taskId, status: "IN_PROGRESS" }), expected: staffRow("OK", outsiders) },
  "office.programs.tasks.comment": { input: (f) => ({ taskId: f.taskId, body: "matrix" }), expected: staffRow("OK", outsiders) },
};
