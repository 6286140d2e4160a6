// Matrix rows: clients, staff and the portal's basics.
import { portalRow, staffRow, type MatrixRow } from "./table";

export const foundationRows: Record<string, MatrixRow> = {
  "office.clients.list": { input: () => ({}), expected: staffRow("OK") },
  "office.clients.get": {
    input: (f) => ({ clientId: f.synapsId }),
    expected: staffRow("OK", { otherGroupOperator: "NOT_FOUND", otherFirmAdmin: "NOT_FOUND" }),
  },
  "office.clients.card": {
    input: (f) => ({ clientId: f.synapsId }),
    expected: staffRow("OK", { otherGroupOperator: "NOT_FOUND", otherFirmAdmin: "NOT_FOUND" }),
  },
  "office.clients.filterOptions": { input: () => undefined, expected: staffRow("OK") },
  "office.staff.list": { input: () => undefined, expected: staffRow("OK") },
  "portal.me": { input: () => undefined, expected: portalRow("OK") },
  "portal.clients.list": { input: () => undefined, expected: portalRow("OK") },
};
