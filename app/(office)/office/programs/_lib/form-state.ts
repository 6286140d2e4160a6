// The state every program form returns: ok, or a translated message with field errors, keeping what the user typed.
export type FormState = {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  /** Set when the server asks for more (e.g. a reason to assign over capacity). */
  needs?: "overrideReason";
};

export const idleState: FormState = { status: "idle", message: null, fieldErrors: {}, values: {} };
