// The state every portal form returns: ok (with a message), or a translated message with field errors, keeping the input.
export type FormState = {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  /** Set when the server asks the person to confirm a fresh sign-in before revealing a password. */
  needsFreshSignIn?: boolean;
};

export const idleState: FormState = { status: "idle", message: null, fieldErrors: {}, values: {} };
