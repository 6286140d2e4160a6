// The limits of sign-in and credential attempts (per e-mail, per person and per client address).
import type { RateRule } from "./rate-limit";

const FIFTEEN_MINUTES = 15 * 60_000;

export const RATE_RULES = {
  /** Typing sign-in codes: per e-mail and per address (each code also allows only 5 tries). */
  codePerEmail: { limit: 10, windowMs: FIFTEEN_MINUTES },
  codePerIp: { limit: 30, windowMs: FIFTEEN_MINUTES },
  /** Asking for a magic link from the sign-in form. */
  magicLinkPerEmail: { limit: 5, windowMs: FIFTEEN_MINUTES },
  magicLinkPerIp: { limit: 20, windowMs: FIFTEEN_MINUTES },
  /** A backstop on the e-mails themselves (also covers direct calls of the Auth.js endpoint). */
  magicLinkMailsPerEmail: { limit: 10, windowMs: FIFTEEN_MINUTES },
  /** Staff password sign-in: failed attempts per e-mail and per address (a success gives its attempt back). */
  staffSignInPerEmail: { limit: 10, windowMs: FIFTEEN_MINUTES },
  staffSignInPerIp: { limit: 50, windowMs: FIFTEEN_MINUTES },
  /** Revealing cloud passwords in the portal. */
  revealPerPerson: { limit: 20, windowMs: FIFTEEN_MINUTES },
  revealPerIp: { limit: 60, windowMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, RateRule>;

/** A [key, rule] pair for enforceRateLimits, or null when there is no value to key on (e.g. unknown address). */
export function rateKey(prefix: keyof typeof RATE_RULES, value: string | null | undefined): [string, RateRule] | null {
  return value ? [`${prefix}:${value.toLowerCase()}`, RATE_RULES[prefix]] : null;
}
