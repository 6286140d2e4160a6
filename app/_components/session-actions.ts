"use server";
// Server actions about the session shared by both areas.
import { signOut } from "@/server/auth";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
