// The state every group and staff form returns: ok with a message, or a translated error with field errors and what was typed.
export type FormState = {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

export const idleState: FormState = { status: "idle", message: null, fieldErrors: {}, values: {} };
