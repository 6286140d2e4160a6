// One application error with a code; the tRPC error formatter maps codes to HTTP statuses.
export const appErrorCodes = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type AppErrorCode = keyof typeof appErrorCodes;

/** A failure a user can understand: `messageKey` names the translated message the UI shows. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly fieldErrors?: Record<string, string[]>;
  readonly details?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    messageKey: string,
    extra: { message?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> } = {},
  ) {
    super(extra.message ?? messageKey);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.fieldErrors = extra.fieldErrors;
    this.details = extra.details;
  }
}

export const notFound = (what = "record") => new AppError("NOT_FOUND", "errors.notFound", { message: `${what} not found` });
export const forbidden = () => new AppError("FORBIDDEN", "errors.forbidden");
