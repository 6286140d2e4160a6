"use server";
// Server action of the notifications page: mark one notification, or all of them, read.
import { revalidatePath } from "next/cache";
import { serverApi } from "@/server/trpc/server";
import { text } from "@/app/_components/form-data";

export async function markReadAction(formData: FormData): Promise<void> {
  const notificationId = text(formData, "notificationId");
  await (await serverApi()).portal.notifications.markRead({ clientId: text(formData, "clientId"), ...(notificationId ? { notificationId } : {}) });
  revalidatePath("/portal", "layout");
}
