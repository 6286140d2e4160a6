// Client card section: cloud access (filled in by its feature).
export async function CloudAccessSection(_props: { clientId: string }) {
  return null;
}
