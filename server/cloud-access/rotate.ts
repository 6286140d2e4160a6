// Key rotation: re-encrypts every password stored under an older key with the current key (never logs a secret).
import type { Tx } from "@/server/db";
import { decryptSecret, encryptSecret, type Keyring } from "./crypto";

const BATCH = 200;

/**
 * Re-encrypts rows whose keyId is not the keyring's current id; the old keys must still be in the keyring
 * (CREDENTIALS_OLD_KEYS). Each row is updated only if nobody re-encrypted or changed it meanwhile.
 * Returns how many rows were re-encrypted and the ids whose key is missing.
 */
export async function reencryptStaleCredentials(tx: Tx, keyring: Keyring): Promise<{ reencrypted: number; missingKey: string[] }> {
  let reencrypted = 0;
  const missingKey: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await tx.cloudAccess.findMany({
      where: { keyId: { not: keyring.currentId }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, keyId: true, passwordEncrypted: true },
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (!keyring.keys[row.keyId]) {
        missingKey.push(row.id);
        continue;
      }
      const { ciphertext, keyId } = encryptSecret(decryptSecret(row.passwordEncrypted, row.keyId, keyring), keyring);
      const { count } = await tx.cloudAccess.updateMany({
        where: { id: row.id, keyId: row.keyId, passwordEncrypted: row.passwordEncrypted },
        data: { passwordEncrypted: ciphertext, keyId },
      });
      reencrypted += count;
    }
    cursor = rows.at(-1)?.id;
  }
  return { reencrypted, missingKey };
}
