import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CASE_SORTS, CASE_SORT_LABELS, TRIAGE_FLAGS, TRIAGE_LABELS, type CaseSearch } from "@/lib/domain/committee/case-search";
import { QUEUES } from "@/lib/domain/committee/queues";
import { citableProvisions } from "@/lib/domain/catalogue";
import { CASE_STATES, STATE_INFO } from "@/lib/workflow/states";

const input = "block w-full border-2 border-slate-800 px-3 py-2";

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The case list's search and filters: a plain GET form, so it works without JavaScript and links can be shared. */
export function CaseFilters({ search }: { search: CaseSearch }) {
  const provisions = citableProvisions(2023);
  return (
    <form method="get" action="/committee/cases" role="search" aria-label="Search and filter cases" className="space-y-4 border-2 border-slate-300 p-4">
      <Field id="filter-q" label="Search references, names and narratives">
        <input id="filter-q" name="q" type="search" defaultValue={search.q ?? ""} className={`${input} max-w-xl`} />
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="filter-queue" label="Queue">
          <select id="filter-queue" name="queue" defaultValue={search.queue ?? ""} className={input}>
            <option value="">Any queue</option>
            {QUEUES.map((queue) => (
              <option key={queue.key} value={queue.key}>
                {queue.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-state" label="Stage">
          <select id="filter-state" name="state" defaultValue={search.state ?? ""} className={input}>
            <option value="">Any stage</option>
            {CASE_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_INFO[state].label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-provision" label="Provision alleged or charged">
          <select id="filter-provision" name="provision" defaultValue={search.provision ?? ""} className={input}>
            <option value="">Any provision</option>
            {provisions.map((provision) => (
              <option key={provision.code} value={provision.code}>
                {provision.code} {provision.kind === "STANDARD" ? provision.title : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-ccm" label="Case manager (name or CCM number)">
          <input id="filter-ccm" name="ccm" type="text" defaultValue={search.ccm ?? ""} className={input} />
        </Field>
        <Field id="filter-from" label="Received from">
          <input id="filter-from" name="from" type="date" defaultValue={search.from ?? ""} className={input} />
        </Field>
        <Field id="filter-to" label="Received to">
          <input id="filter-to" name="to" type="date" defaultValue={search.to ?? ""} className={input} />
        </Field>
      </div>
      <fieldset>
        <legend className="font-semibold">Triage flags</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {TRIAGE_FLAGS.map((flag) => (
            <div key={flag} className="flex items-center gap-2">
              <input id={`filter-flag-${flag}`} type="checkbox" name="flags" value={flag} defaultChecked={search.flags.includes(flag)} className="size-6 accent-brand" />
              <label htmlFor={`filter-flag-${flag}`}>{TRIAGE_LABELS[flag]}</label>
            </div>
          ))}
          <div className="flex items-center gap-2">
            <input id="filter-mine" type="checkbox" name="mine" value="1" defaultChecked={search.mine === "1"} className="size-6 accent-brand" />
            <label htmlFor="filter-mine">Assigned to me</label>
          </div>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <Field id="filter-sort" label="Sort by">
          <select id="filter-sort" name="sort" defaultValue={search.sort} className={input}>
            {CASE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {CASE_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit">Show cases</Button>
        <Link href="/committee/cases" className="py-2">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
