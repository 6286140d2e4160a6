// `tsx scripts/rotate-credentials-key.ts`: re-encrypts cloud passwords stored under old keys with CREDENTIALS_KEY.
// Set CREDENTIALS_KEY / CREDENTIALS_KEY_ID to the new key and CREDENTIALS_OLD_KEYS="oldId:base64,..." to the old ones.
import { createPrismaClient } from "@/server/db";
import { keyringFromEnv } from "@/server/cloud-access/crypto";
import { reencryptStaleCredentials } from "@/server/cloud-access/rotate";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const keyring = keyringFromEnv();
  const db = createPrismaClient(url, { max: 2 });
  try {
    const { reencrypted, missingKey } = await reencryptStaleCredentials(db, keyring);
    console.log(`Re-encrypted ${reencrypted} password(s) with key ${keyring.currentId}.`);
    if (missingKey.length > 0) {
      console.error(`${missingKey.length} row(s) use a key that is not configured (add it to CREDENTIALS_OLD_KEYS): ${missingKey.join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Rotation failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
