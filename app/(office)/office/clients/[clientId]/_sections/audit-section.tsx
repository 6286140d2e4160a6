// Client card section: audit (filled in by its feature).
export async function AuditSection(_props: { clientId: string }) {
  return null;
}
