// React's server renderer aborts every finished render's cache signal with a new Error. Until its stack is read, V8
// keeps that error's stack as call-site records holding each frame's receiver, here the Immediate that ran the
// render's last step; finished Immediates still link to the others of their batch, whose async-context stores hold
// other renders and their abort errors. Under steady load the chain reached hundreds of finished renders (seen in
// heap snapshots) and the heap grew until garbage collection took most of the CPU. Reading the stack when a signal
// is aborted turns it into a string and cuts the chain.

let installed = false;

export function detachAbortReasonStacks(): void {
  if (installed) return;
  installed = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithDetachedStack(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
}
