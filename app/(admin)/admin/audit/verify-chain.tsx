"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { verifyChainAction, type VerifyState } from "./actions";

const IDLE: VerifyState = { status: "idle" };

export function VerifyChain() {
  const [state, action, pending] = useActionState<VerifyState>(verifyChainAction, IDLE);
  return (
    <div className="space-y-3">
      <form action={action}>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Verifying…" : "Verify the chain"}
        </Button>
      </form>
      <div aria-live="polite">
        {state.status === "done" && state.report.firstBreak === null ? (
          <p className="border-l-8 border-success bg-green-50 p-3 font-semibold">
            The chain is intact: {state.report.events.toLocaleString("en-US")} events in {state.report.streams.toLocaleString("en-US")} streams checked in{" "}
            {(state.ms / 1000).toFixed(1)} s.
          </p>
        ) : null}
        {state.status === "done" && state.report.firstBreak ? (
          <div className="border-l-8 border-danger bg-red-50 p-3">
            <p className="font-bold">The chain is broken.</p>
            <p>
              First break: stream {state.report.firstBreak.stream}, event {state.report.firstBreak.seq} (id {state.report.firstBreak.id}):{" "}
              {state.report.firstBreak.problem.replace("-", " ")}. {state.report.firstBreak.detail}.
            </p>
          </div>
        ) : null}
        {state.status === "error" ? <p className="font-semibold text-danger">{state.message}</p> : null}
      </div>
    </div>
  );
}
