// Vitest setup file: gives each test file its own database, cloned from the run's migrated template, before the file's imports run.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "@/server/db/admin";

const { adminUrl, template, prefix } = inject("testDatabase");
const name = `${prefix}_${randomBytes(6).toString("hex")}`;
await createDatabase(adminUrl, name, template);

process.env.DATABASE_URL = withDatabase(adminUrl, name);
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
process.env.CREDENTIALS_KEY ||= randomBytes(32).toString("base64");

afterAll(async () => {
  const { disconnectDb } = await import("@/server/db");
  await disconnectDb();
  await dropDatabase(adminUrl, name);
});
