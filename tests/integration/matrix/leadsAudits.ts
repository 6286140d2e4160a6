// Matrix rows: leads, express audits and the audit template. Mutations use inputs that pass the guards but change
// nothing (an invalid INN, a client past the audit, an audit id that does not exist, an empty item list).
import { rolesRow, staffRow, type MatrixRow } from "./table";

const managers = ["admin", "manager"] as const;
const conductors = ["admin", "manager", "chief"] as const;
const otherFirm = { otherFirmAdmin: "NOT_FOUND" } as const;
const badInn = { name: "Матрица", inn: "1234567890", kpp: "770101001", taxRegime: "OSNO" } as const;
const missingAudit = "matrix-missing-audit";

export const leadsAuditsRows: Record<string, MatrixRow> = {
  "office.clients.create": { input: () => badInn, expected: rolesRow("ALLOWED", [...managers, "otherFirmAdmin"]) },
  "office.clients.update": { input: (f) => ({ ...badInn, clientId: f.synapsId }), expected: rolesRow("ALLOWED", [...managers], otherFirm) },
  "office.clients.invitePerson": {
    input: (f) => ({ clientId: f.synapsId, fullName: "Матрица", email: "director@synaps.test" }),
    expected: rolesRow("ALLOWED", [...managers], otherFirm),
  },
  "office.clients.reopenAsLead": { input: (f) => ({ clientId: f.synapsId }), expected: rolesRow("ALLOWED", [...managers], otherFirm) },
  "office.audits.start": { input: (f) => ({ clientId: f.synapsId }), expected: rolesRow("ALLOWED", [...conductors], otherFirm) },
  "office.audits.get": { input: () => ({ auditId: missingAudit }), expected: staffRow("NOT_FOUND") },
  "office.audits.forClient": {
    input: (f) => ({ clientId: f.synapsId }),
    expected: staffRow("OK", { otherGroupOperator: "NOT_FOUND", otherFirmAdmin: "NOT_FOUND" }),
  },
  "office.audits.recordFinding": {
    input: () => ({ auditId: missingAudit, findingId: missingAudit, result: "OK" }),
    expected: rolesRow("NOT_FOUND", [...conductors, "otherFirmAdmin"]),
  },
  "office.audits.decide": { input: () => ({ auditId: missingAudit, decision: "ACCEPT" }), expected: rolesRow("NOT_FOUND", [...managers, "otherFirmAdmin"]) },
  "office.auditTemplates.get": { input: () => undefined, expected: staffRow("OK") },
  "office.auditTemplates.update": { input: () => ({ items: [] }), expected: rolesRow("ALLOWED", ["admin", "otherFirmAdmin"]) },
};
