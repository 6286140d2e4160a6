// The state a cloud-access form gets back from its server action.
export type AccessFormState = {
  status: "idle" | "ok" | "error";
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

export const idleAccessState: AccessFormState = { status: "idle", message: null, fieldErrors: {}, values: {} };

export type RevealResult = { ok: true; password: string } | { ok: false; message: string };
