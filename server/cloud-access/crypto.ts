// Cloud passwords at rest: AES-256-GCM under CREDENTIALS_KEY, stored with the key id so the key can be rotated.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export type Keyring = { currentId: string; keys: Record<string, Buffer> };

function decodeKey(base64: string, name: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes in base64`);
  return key;
}

/**
 * The keyring from the environment: CREDENTIALS_KEY (+ CREDENTIALS_KEY_ID) is current; older keys stay
 * readable through CREDENTIALS_OLD_KEYS="id1:base64,id2:base64" until every password is re-encrypted.
 */
export function keyringFromEnv(env: Record<string, string | undefined> = process.env): Keyring {
  const current = env.CREDENTIALS_KEY;
  if (!current) throw new Error("CREDENTIALS_KEY is not set");
  const currentId = env.CREDENTIALS_KEY_ID || "k1";
  const keys: Record<string, Buffer> = { [currentId]: decodeKey(current, "CREDENTIALS_KEY") };
  for (const entry of (env.CREDENTIALS_OLD_KEYS ?? "").split(",").filter(Boolean)) {
    const [id, value] = entry.split(":");
    if (id && value) keys[id] = decodeKey(value, `CREDENTIALS_OLD_KEYS[${id}]`);
  }
  return { currentId, keys };
}

/** `iv.tag.ciphertext` in base64url, with the id of the key that made it. */
export function encryptSecret(plaintext: string, keyring: Keyring = keyringFromEnv()): { ciphertext: string; keyId: string } {
  const key = keyring.keys[keyring.currentId];
  if (!key) throw new Error("current credentials key missing");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
  return { ciphertext: parts.join("."), keyId: keyring.currentId };
}

export function decryptSecret(ciphertext: string, keyId: string, keyring: Keyring = keyringFromEnv()): string {
  const key = keyring.keys[keyId];
  if (!key) throw new Error(`credentials key ${keyId} is not configured`);
  const [iv, tag, body] = ciphertext.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed encrypted secret");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/** Shown to staff instead of the password. */
export function maskSecret(length = 8): string {
  return "•".repeat(Math.max(8, Math.min(length, 16)));
}
