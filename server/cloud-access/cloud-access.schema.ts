// Inputs of the cloud-access procedures; every message is a next-intl key the form shows beside its field.
import { z } from "zod";

const id = z.string().min(1).max(64);

/** Only http(s) links with a host: a cloud application is opened in the browser. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const application = z.string().trim().min(1, "cloudAccess.errors.applicationRequired").max(200, "cloudAccess.errors.tooLong");
const url = z.string().trim().max(2000, "cloudAccess.errors.tooLong").refine(isHttpUrl, "cloudAccess.errors.urlInvalid");
const login = z.string().trim().min(1, "cloudAccess.errors.loginRequired").max(200, "cloudAccess.errors.tooLong");
const personId = z
  .string()
  .max(64)
  .nullish()
  .transform((value) => value || null);

export const cloudAccessListInput = z.object({ clientId: id });

export const cloudAccessCreateInput = z.object({
  clientId: id,
  personId,
  application,
  url,
  login,
  password: z.string().min(1, "cloudAccess.errors.passwordRequired").max(500, "cloudAccess.errors.tooLong"),
});
export type CloudAccessCreateInput = z.input<typeof cloudAccessCreateInput>;

/** When the editor read the row: a save or removal over someone else's newer change is refused (CONFLICT). */
const updatedAt = z.coerce.date();

/** An empty password keeps the stored one. */
export const cloudAccessUpdateInput = z.object({
  accessId: id,
  updatedAt,
  personId,
  application,
  url,
  login,
  password: z.string().max(500, "cloudAccess.errors.tooLong").optional(),
});
export type CloudAccessUpdateInput = z.input<typeof cloudAccessUpdateInput>;

export const cloudAccessIdInput = z.object({ accessId: id });

export const cloudAccessRemoveInput = z.object({ accessId: id, updatedAt });
export type CloudAccessRemoveInput = z.input<typeof cloudAccessRemoveInput>;
