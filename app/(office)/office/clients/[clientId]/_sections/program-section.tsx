// Client card section: program (filled in by its feature).
export async function ProgramSection(_props: { clientId: string }) {
  return null;
}
