// An abort reason's unread stack keeps its frames' receivers alive; the production server reads it when a signal is
// aborted, so what the aborting code ran on can be collected (see scripts/lib/abort-reason-stacks.ts).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detachAbortReasonStacks } from "@/scripts/lib/abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

class Step {
  readonly payload = new Array(10_000).fill("render state");
  finish(): Error {
    return new Error("This render completed.");
  }
}

/** Makes an error inside a method of a fresh object and hands back the error and a weak reference to the object. */
function errorFromStep(): { error: Error; step: WeakRef<Step> } {
  const step = new Step();
  return { error: step.finish(), step: new WeakRef(step) };
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
  }
  return ref.deref() === undefined;
}

describe("abort reason stacks", () => {
  it("an error whose stack was never read keeps the object its frame ran on", async () => {
    const { error, step } = errorFromStep();
    expect(await collected(step)).toBe(false);
    expect(error.message).toBe("This render completed.");
  });

  it("once installed, aborting with an error lets that object go and keeps the stack as text", async () => {
    detachAbortReasonStacks();
    const controller = new AbortController();
    const { error, step } = errorFromStep();
    controller.abort(error);
    expect(await collected(step)).toBe(true);
    expect(controller.signal.reason).toBe(error);
    expect(String((controller.signal.reason as Error).stack)).toContain("Step.finish");
  });

  it("still aborts with any reason, or none", () => {
    detachAbortReasonStacks();
    const plain = new AbortController();
    plain.abort("stopped");
    expect(plain.signal.aborted).toBe(true);
    expect(plain.signal.reason).toBe("stopped");
    const bare = new AbortController();
    bare.abort();
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
  });
});
