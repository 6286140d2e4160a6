// Guard of the outbox pages: a staff member whose role may read the outbox; anyone else gets the 404 page.
import { notFound } from "next/navigation";
import { requireStaff } from "@/server/auth/guards";
import type { StaffActor } from "@/server/auth/actor";
import { staffCan } from "@/server/auth/permissions";

export async function requireOutboxReader(currentPath: string): Promise<StaffActor> {
  const actor = await requireStaff(currentPath);
  if (!staffCan(actor.role, "outbox.read")) notFound();
  return actor;
}
