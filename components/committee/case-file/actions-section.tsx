import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EVENT_LABELS } from "@/lib/domain/committee/event-labels";
import type { EventFormContext } from "@/lib/domain/committee/form-context";
import type { EventType } from "@/lib/workflow/events";
import { EventForm } from "../event-forms/event-form";
import { EVENT_FORM_SPECS } from "../event-forms/registry";
import { Section } from "./section";

/**
 * The actions this person may take now: exactly the events the workflow allows them on this case
 * (allowedEventsFor), each opening its form. One form is shown at a time.
 */
export function ActionsSection({ allowed, chosen, ctx }: { allowed: EventType[]; chosen: EventType | null; ctx: EventFormContext }) {
  const offered = allowed.filter((type) => EVENT_FORM_SPECS[type] !== undefined);
  const base = `/committee/cases/${ctx.caseId}`;
  return (
    <Section id="actions" title="What you can do now">
      {offered.length === 0 ? (
        <p>There is nothing for you to do on this case at this stage.</p>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {offered.map((type) => (
            <li key={type}>
              <Link
                href={`${base}?act=${type}#actions`}
                aria-current={chosen === type ? "true" : undefined}
                className="inline-block border-2 border-brand px-3 py-2 font-semibold no-underline aria-[current=true]:bg-brand aria-[current=true]:text-white"
              >
                {EVENT_LABELS[type]}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {chosen === "ACCEPT_FOR_REVIEW" ? (
        <form method="get" action={base} role="search" aria-label="Search the registry" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="act" value="ACCEPT_FOR_REVIEW" />
          <div className="space-y-1">
            <label htmlFor="registry-match" className="block font-semibold">
              Search the registry by name or CCM number
            </label>
            <input id="registry-match" name="match" type="search" defaultValue={ctx.respondentQuery} className="block w-80 max-w-full border-2 border-slate-800 px-3 py-2" />
          </div>
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      ) : null}
      {chosen && offered.includes(chosen) ? <EventForm type={chosen} ctx={ctx} /> : null}
    </Section>
  );
}
