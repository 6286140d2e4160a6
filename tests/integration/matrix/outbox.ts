// Matrix rows: the firm's outbox, read by admins only; another firm's admin sees their own firm's (and not ours).
import { rolesRow, type MatrixRow } from "./table";

export const outboxRows: Record<string, MatrixRow> = {
  "office.outbox.list": { input: () => ({}), expected: rolesRow("OK", ["admin", "otherFirmAdmin"]) },
  "office.outbox.get": {
    input: (f) => ({ id: f.outboxId ?? "missing-outbox-message" }),
    expected: rolesRow("OK", ["admin"], { otherFirmAdmin: "NOT_FOUND" }),
  },
};
