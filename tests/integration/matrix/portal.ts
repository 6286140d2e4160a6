// Matrix rows for the portal's procedures: own person passes, another client's person gets NOT_FOUND, staff FORBIDDEN.
import { portalRow, type MatrixRow } from "./table";

const own = (ok: "OK" | "ALLOWED") => portalRow(ok, { otherClientPerson: "NOT_FOUND" });
const aYearAhead = () => new Date(Date.now() + 365 * 24 * 60 * 60_000);

/**
 * Mutations use inputs that pass the guards and change nothing: a future signing date (rejected by the input
 * schema after the guards), a person id the schema refuses, the seeded director's own e-mail (a field error),
 * «Синапс» not being CONNECTED yet (reveal and "does not work") and nobody else invited yet (appointment).
 */
export const portalRows: Record<string, MatrixRow> = {
  "portal.home": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
  "portal.badges": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
  "portal.todos.list": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
  "portal.todos.confirmContract": { input: (f) => ({ clientId: f.synapsId, taskId: f.taskId, signedOn: aYearAhead() }), expected: own("ALLOWED") },
  "portal.todos.completeAppointment": { input: (f) => ({ clientId: f.synapsId, taskId: f.taskId }), expected: own("ALLOWED") },
  "portal.persons.list": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
  "portal.persons.invite": {
    input: (f) => ({ clientId: f.synapsId, fullName: "Сергей Синапсов", position: "", email: "director@synaps.test", canViewCredentials: false, canManagePersons: false }),
    expected: own("ALLOWED"),
  },
  "portal.persons.revoke": { input: (f) => ({ clientId: f.synapsId, personId: "" }), expected: own("ALLOWED") },
  "portal.access.list": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
  "portal.access.reveal": { input: (f) => ({ clientId: f.synapsId, accessId: f.taskId }), expected: own("ALLOWED") },
  "portal.access.reportBroken": { input: (f) => ({ clientId: f.synapsId, accessId: f.taskId }), expected: own("ALLOWED") },
  "portal.notifications.list": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
  "portal.notifications.markRead": { input: (f) => ({ clientId: f.synapsId }), expected: own("OK") },
};
