// The shape of a program as the page reads it (from office.programs.get).
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

export type ProgramView = inferRouterOutputs<AppRouter>["office"]["programs"]["get"];
export type TaskView = ProgramView["tasks"][number];

export function personName(person: { user: { name: string | null; email: string } } | null | undefined): string | null {
  return person ? (person.user.name ?? person.user.email) : null;
}
