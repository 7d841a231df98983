"use client";

import { useActionState } from "react";
import { sendEventAction } from "@/app/(committee)/committee/cases/[caseId]/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formView } from "@/components/ui/form-view";
import { EVENT_UPLOADS } from "@/lib/domain/committee/event-forms/uploads";
import { EVENT_LABELS } from "@/lib/domain/committee/event-labels";
import type { EventFormContext } from "@/lib/domain/committee/form-context";
import { IDLE } from "@/lib/domain/form-state";
import type { EventType } from "@/lib/workflow/events";
import { EVENT_FORM_SPECS } from "./registry";
import { EventUploadField } from "./upload-field";

/**
 * The one form mechanism for every committee event: hidden case id, version and event type, the
 * event's own fields from the registry, its file field where it sends documents (EVENT_UPLOADS), an
 * error summary linked to the fields, and the typed values kept on any error (including "this case changed since you opened it").
 */
export function EventForm({ type, ctx }: { type: EventType; ctx: EventFormContext }) {
  const [state, action, pending] = useActionState(sendEventAction, IDLE);
  const spec = EVENT_FORM_SPECS[type];
  if (!spec) return <p>There is no form for this action here.</p>;
  const view = formView(state);
  const { Fields } = spec;
  const upload = EVENT_UPLOADS[type];
  // A new set of typed values remounts the form so every field (selects included) shows them.
  const key = state.status === "error" ? JSON.stringify(state.values ?? {}) : "fresh";
  return (
    <section aria-labelledby="action-form-heading" className="space-y-4 border-4 border-brand p-4">
      <h3 id="action-form-heading">{EVENT_LABELS[type]}</h3>
      {spec.intro ? <p>{spec.intro}</p> : null}
      {state.status === "error" ? <ErrorSummary id={`error-summary-${type}`} message={state.message} errors={view.errors} /> : null}
      {/* A function action is posted as multipart/form-data by React itself, with or without JavaScript. */}
      <form key={key} action={action} className="space-y-6" noValidate>
        <input type="hidden" name="caseId" value={ctx.caseId} />
        <input type="hidden" name="version" value={ctx.version} />
        <input type="hidden" name="eventType" value={type} />
        <Fields view={view} ctx={ctx} />
        {upload ? <EventUploadField spec={upload} view={view} /> : null}
        <Button type="submit" variant={spec.danger ? "danger" : "primary"} disabled={pending}>
          {pending ? "Saving…" : spec.submitLabel}
        </Button>
      </form>
    </section>
  );
}
