// `tsx scripts/require-env.ts NAME...`: exits 1 with a clear message when any named environment variable is unset or empty.
const names = process.argv.slice(2);
const missing = names.filter((name) => !process.env[name]);
if (missing.length > 0) {
  const hint = missing.includes("TEST_DATABASE_URL")
    ? " (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres: a database on a server where the user may CREATE DATABASE)"
    : "";
  console.error(`Missing environment variable${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}${hint}`);
  process.exit(1);
}
