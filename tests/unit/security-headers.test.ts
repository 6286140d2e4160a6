// The page CSP and HSTS rules: a nonce and no inline scripts; HSTS only in production over https.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/server/security/headers";

describe("security headers", () => {
  it("builds a strict CSP around a fresh nonce, with eval only in development", () => {
    const nonce = createNonce();
    expect(createNonce()).not.toBe(nonce);
    const csp = contentSecurityPolicy(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(nonce, { dev: true })).toContain("'unsafe-eval'");
  });

  it("sends HSTS only in production with an https app URL", () => {
    expect(strictTransportSecurity({ NODE_ENV: "production", APP_URL: "https://app.example" })).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity({ NODE_ENV: "production", AUTH_URL: "https://app.example" })).not.toBeNull();
    expect(strictTransportSecurity({ NODE_ENV: "production", APP_URL: "http://localhost:3000" })).toBeNull();
    expect(strictTransportSecurity({ NODE_ENV: "development", APP_URL: "https://app.example" })).toBeNull();
  });
});
