"use client";

import { useActionState } from "react";
import { Honeypot } from "@/components/intake/honeypot";
import { ErrorSummary } from "@/components/ui/error-summary";
import { IDLE } from "@/lib/domain/form-state";
import { startIntakeAction } from "./actions";

export function StartForm() {
  const [state, action, pending] = useActionState(startIntakeAction, IDLE);
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={[]} /> : null}
      <form action={action} noValidate>
        <Honeypot />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-12 items-center gap-2 bg-success px-6 py-2 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900"
        >
          Start now <span aria-hidden="true">›</span>
        </button>
      </form>
    </>
  );
}
