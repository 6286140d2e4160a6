// The authorization matrix's vocabulary: actors, outcomes and row builders shared by the feature tables.
export const ACTORS = {
  signedOut: null,
  admin: "admin@demo.test",
  manager: "manager@demo.test",
  chief: "chief@demo.test",
  accountant: "accountant@demo.test",
  operator: "operator1@demo.test",
  otherGroupOperator: "operator4@demo.test",
  otherFirmAdmin: "admin@other.test",
  ownPortalPerson: "director@synaps.test",
  otherClientPerson: "owner@other-client.test",
} as const;
export type ActorName = keyof typeof ACTORS;

/**
 * OK: succeeds. ALLOWED: passes the guards (succeeds or fails for a business reason, e.g. a stale version
 * used on purpose so a mutation changes nothing). The rest: refused with that code.
 */
export type Outcome = "OK" | "ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

/** Records of the demo firm that procedures are aimed at (all seeded). */
export type Fixture = { synapsId: string; programId: string; taskId: string; firmId: string; cloudAccessId?: string; outboxId?: string };

export type MatrixRow = { input: (f: Fixture) => unknown; expected: Record<ActorName, Outcome> };

type Overrides = Partial<Record<ActorName, Outcome>>;

const STAFF: ActorName[] = ["admin", "manager", "chief", "accountant", "operator", "otherGroupOperator", "otherFirmAdmin"];

/** Any staff role may call it; portal persons are FORBIDDEN; overrides narrow it down. */
export function staffRow(ok: Outcome, overrides: Overrides = {}): Record<ActorName, Outcome> {
  const row = { signedOut: "UNAUTHORIZED", ownPortalPerson: "FORBIDDEN", otherClientPerson: "FORBIDDEN" } as Record<ActorName, Outcome>;
  for (const name of STAFF) row[name] = ok;
  return { ...row, ...overrides };
}

/** Only the given staff roles may call it (others FORBIDDEN); overrides for scope (NOT_FOUND). */
export function rolesRow(ok: Outcome, allowed: ActorName[], overrides: Overrides = {}): Record<ActorName, Outcome> {
  const row = staffRow("FORBIDDEN");
  for (const name of allowed) row[name] = ok;
  return { ...row, ...overrides };
}

/** Any authorized person may call it; staff are FORBIDDEN. */
export function portalRow(ok: Outcome, overrides: Overrides = {}): Record<ActorName, Outcome> {
  const row = staffRow("FORBIDDEN");
  row.ownPortalPerson = ok;
  row.otherClientPerson = ok;
  return { ...row, ...overrides };
}
