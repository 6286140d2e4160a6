import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, keyringFromEnv } from "@/server/cloud-access/crypto";

const key = () => randomBytes(32).toString("base64");

describe("cloud password encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const keyring = keyringFromEnv({ CREDENTIALS_KEY: key(), CREDENTIALS_KEY_ID: "k1" });
    const { ciphertext, keyId } = encryptSecret("Пароль-123!", keyring);
    expect(keyId).toBe("k1");
    expect(ciphertext).not.toContain("Пароль");
    expect(decryptSecret(ciphertext, keyId, keyring)).toBe("Пароль-123!");
    expect(encryptSecret("Пароль-123!", keyring).ciphertext).not.toBe(ciphertext);
  });

  it("detects tampering", () => {
    const keyring = keyringFromEnv({ CREDENTIALS_KEY: key() });
    const { ciphertext, keyId } = encryptSecret("secret", keyring);
    const [iv, tag, body] = ciphertext.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptSecret(`${iv}.${tag}.${flipped.toString("base64url")}`, keyId, keyring)).toThrow();
  });

  it("reads passwords made under a rotated-out key", () => {
    const oldKey = key();
    const before = keyringFromEnv({ CREDENTIALS_KEY: oldKey, CREDENTIALS_KEY_ID: "k1" });
    const stored = encryptSecret("old-secret", before);
    const after = keyringFromEnv({ CREDENTIALS_KEY: key(), CREDENTIALS_KEY_ID: "k2", CREDENTIALS_OLD_KEYS: `k1:${oldKey}` });
    expect(decryptSecret(stored.ciphertext, stored.keyId, after)).toBe("old-secret");
    expect(encryptSecret("new", after).keyId).toBe("k2");
  });

  it("refuses a key of the wrong size", () => {
    expect(() => keyringFromEnv({ CREDENTIALS_KEY: Buffer.alloc(16).toString("base64") })).toThrow(/32 bytes/);
  });
});
