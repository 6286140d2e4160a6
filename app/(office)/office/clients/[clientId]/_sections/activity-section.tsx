// Client card section: activity (filled in by its feature).
export async function ActivitySection(_props: { clientId: string }) {
  return null;
}
