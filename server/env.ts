// Reads and validates the server's environment once; production refuses to run without its secrets.
import "server-only";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set"),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET is not set"),
  CREDENTIALS_KEY: z.string().min(1, "CREDENTIALS_KEY is not set"),
  CREDENTIALS_KEY_ID: z.string().default("k1"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Бухобслуживание <noreply@onboarding.local>"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment; throws one clear message naming every missing variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((issue) => issue.message).join("; ");
    throw new Error(`Server configuration is incomplete: ${missing}`);
  }
  cached = parsed.data;
  return cached;
}
