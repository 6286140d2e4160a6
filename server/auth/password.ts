// Password hashing for staff sign-in: argon2id via @node-rs/argon2 (prebuilt, no compiler needed).
import { hash, verify, type Algorithm } from "@node-rs/argon2";

const ARGON2ID = 2 as Algorithm;
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** A real hash to compare against when the account is unknown, so timing does not reveal it. */
const decoyHash = hash("decoy-password-for-timing", options);

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  const target = passwordHash ?? (await decoyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash != null;
}
