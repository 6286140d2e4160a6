"use server";
// Loads the next page of a client's activity for the card's "show more" button, already formatted.
import { serverApi } from "@/server/trpc/server";
import { formatActivity, type ActivityLine } from "./activity-format";

export async function loadMoreActivity(clientId: string, cursor: string): Promise<{ lines: ActivityLine[]; nextCursor: string | null } | null> {
  try {
    const page = await (await serverApi()).office.activity.forClient({ clientId, cursor });
    return { lines: await formatActivity(page.items), nextCursor: page.nextCursor };
  } catch {
    return null;
  }
}
