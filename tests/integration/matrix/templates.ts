// Matrix rows: the firm's program template. The update uses a stale lock, so it changes nothing.
import { rolesRow, staffRow, type MatrixRow } from "./table";

const staleUpdate = {
  expectedUpdatedAt: new Date("2000-01-01T00:00:00Z"),
  name: "matrix",
  windowDays: 7,
  tasks: [{ title: "matrix", responsibleRole: "CLIENT", dayOffset: 0 }],
};

export const templatesRows: Record<string, MatrixRow> = {
  "office.programTemplates.get": { input: () => undefined, expected: staffRow("OK") },
  // The other firm has no program template in the seed: nothing to update there.
  "office.programTemplates.update": { input: () => staleUpdate, expected: rolesRow("ALLOWED", ["admin"], { otherFirmAdmin: "NOT_FOUND" }) },
};
