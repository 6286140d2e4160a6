// The one order of staff members in every list: by name (a member without one last), then id.
import type { Prisma } from "@/server/generated/prisma/client";

/** Reads the member's own copy of the name (`sortName`, kept by triggers), so the (firmId, sortName, id) index serves it. */
export const staffByName = [{ sortName: { sort: "asc", nulls: "last" } }, { id: "asc" }] satisfies Prisma.StaffMemberOrderByWithRelationInput[];
