// Security headers of every page: a per-request nonce Content-Security-Policy, and HSTS on https in production.

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * The page CSP: scripts only from this origin with the request's nonce (Next.js puts it on its own inline
 * bootstrap scripts when it finds it in the request's CSP header); styles allow inline style attributes
 * (React/Tailwind); the sandboxed e-mail preview iframe uses srcdoc and inherits this policy.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${opts.dev ? " ws:" : ""}`,
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ];
  return directives.join("; ");
}

/** HSTS only when the app is served over https in production (a plain-http `next start` must keep working). */
export function strictTransportSecurity(env: { NODE_ENV?: string; APP_URL?: string; AUTH_URL?: string } = process.env): string | null {
  const url = env.APP_URL || env.AUTH_URL || "";
  return env.NODE_ENV === "production" && url.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}
