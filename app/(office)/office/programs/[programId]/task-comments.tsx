"use client";
// A task's comments, oldest first, and a small form to add one (what was typed stays on failure).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { FormSubmit } from "../_components/form-submit";
import { idleState } from "../_lib/form-state";
import { taskCommentAction } from "./task-actions";

type Comment = { id: string; body: string; author: string; when: string };
type TaskCommentsProps = { n: number; programId: string; taskId: string; canComment: boolean; comments: Comment[] };

export function TaskComments({ n, programId, taskId, canComment, comments }: TaskCommentsProps) {
  const t = useTranslations("programs.comments");
  const [state, formAction] = useActionState(taskCommentAction, idleState);
  return (
    <div className="text-sm" data-testid={`task-${n}-comments`}>
      <p className="text-xs font-medium text-muted">{t("summary", { count: comments.length })}</p>
      <ul className="mt-2 space-y-2">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-md bg-canvas px-3 py-2">
            <p className="text-xs text-muted">
              {comment.author} · {comment.when}
            </p>
            <p className="whitespace-pre-line text-ink-soft">{comment.body}</p>
          </li>
        ))}
      </ul>
      {canComment ? (
        <form action={formAction} className="mt-2 space-y-2">
          <input type="hidden" name="programId" value={programId} />
          <input type="hidden" name="taskId" value={taskId} />
          <label htmlFor={`task-${n}-comment-body`} className="block text-sm font-medium text-ink-soft">
            {t("label")}
          </label>
          <textarea
            id={`task-${n}-comment-body`}
            name="body"
            required
            maxLength={5000}
            rows={2}
            data-testid={`task-${n}-comment-body`}
            defaultValue={state.status === "error" ? state.values.body : ""}
            className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          />
          {state.status === "error" && state.message ? <ErrorAlert id={`task-${n}-comment-error`}>{state.message}</ErrorAlert> : null}
          <FormSubmit pendingLabel={t("pending")} testId={`task-${n}-comment-submit`} variant="secondary" size="sm">
            {t("submit")}
          </FormSubmit>
        </form>
      ) : null}
    </div>
  );
}
