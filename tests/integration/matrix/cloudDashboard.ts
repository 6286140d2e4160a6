// Matrix rows: cloud access (mutations refused for a business reason so they change nothing), activity and the dashboard.
import { rolesRow, staffRow, type MatrixRow } from "./table";

const readers = ["admin", "manager", "chief", "accountant"] as const;
const managers = ["admin", "manager", "chief"] as const;
const otherFirm = { otherFirmAdmin: "NOT_FOUND" } as const;
const fields = { application: "Matrix app", url: "https://matrix.example", login: "matrix" };
/** The seeded «Синапс» access; an updatedAt from long ago makes update/remove a CONFLICT for allowed actors. */
const access = (f: { cloudAccessId?: string }) => ({ accessId: f.cloudAccessId ?? "missing-cloud-access", updatedAt: new Date(0) });

export const cloudDashboardRows: Record<string, MatrixRow> = {
  "office.cloudAccess.list": { input: (f) => ({ clientId: f.synapsId }), expected: rolesRow("OK", [...readers], otherFirm) },
  "office.cloudAccess.create": {
    input: (f) => ({ clientId: f.synapsId, personId: "matrix-missing-person", password: "matrix-password", ...fields }),
    expected: rolesRow("ALLOWED", [...managers], otherFirm),
  },
  "office.cloudAccess.update": { input: (f) => ({ ...access(f), personId: null, ...fields }), expected: rolesRow("ALLOWED", [...managers], otherFirm) },
  "office.cloudAccess.remove": { input: access, expected: rolesRow("ALLOWED", [...managers], otherFirm) },
  "office.cloudAccess.reveal": { input: (f) => ({ accessId: f.cloudAccessId ?? "missing-cloud-access" }), expected: rolesRow("OK", [...managers], otherFirm) },
  "office.activity.forClient": {
    input: (f) => ({ clientId: f.synapsId }),
    expected: staffRow("OK", { otherGroupOperator: "NOT_FOUND", otherFirmAdmin: "NOT_FOUND" }),
  },
  "office.dashboard.summary": { input: () => undefined, expected: staffRow("OK") },
};
