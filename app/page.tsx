// The site root: signed-in people go to their area's home, everyone else to sign-in.
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { homeOfCurrentUser } from "@/server/auth/guards";

export default async function RootPage() {
  await connection();
  redirect((await homeOfCurrentUser()) ?? "/sign-in");
}
