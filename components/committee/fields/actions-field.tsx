import { fieldId } from "@/components/ui/field-id";
import { CONDITION_ROWS, CONDITION_TYPES, TERM_TYPES } from "@/lib/domain/committee/event-forms/read";
import { CONDITION_KINDS, SANCTION_INFO, SANCTION_TYPES } from "@/lib/domain/sanctions";

type View = { value: (name: string) => string; fieldError: (name: string) => string | undefined };

const CONDITION_KIND_LABELS: Record<(typeof CONDITION_KINDS)[number], string> = {
  CE_HOURS: "Continuing education hours",
  SUPERVISION: "Supervision",
  REPORT: "Reports",
  FEE: "Fee",
  OTHER: "Other",
};

const input = "block w-full border-2 border-slate-800 px-2 py-1";

/** The action(s) decided or proposed, with terms for probation and suspension and up to three conditions. */
export function ActionsField({ view, legend = "Action" }: { view: View; legend?: string }) {
  const id = fieldId("actions");
  const error = view.fieldError("actions");
  const ticked = view.value("action").split("\n");
  return (
    <fieldset className={`space-y-3 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="font-semibold">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        Several actions may be combined (for example probation with continuing education). Revocation stands alone.
      </p>
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {SANCTION_TYPES.map((type, index) => {
        const boxId = index === 0 ? id : `${id}-${type}`;
        const hasTerm = (TERM_TYPES as readonly string[]).includes(type);
        return (
          <div key={type} className="flex flex-wrap items-center gap-3">
            <input id={boxId} type="checkbox" name="action" value={type} defaultChecked={ticked.includes(type)} className="size-6 accent-brand" />
            <label htmlFor={boxId} className="min-w-48">
              {SANCTION_INFO[type].label}
            </label>
            {hasTerm ? (
              <span className="flex items-center gap-2">
                <label htmlFor={fieldId(`term:${type}`)}>
                  <span className="sr-only">{SANCTION_INFO[type].label}: </span>Term in months
                </label>
                <input id={fieldId(`term:${type}`)} name={`term:${type}`} inputMode="numeric" defaultValue={view.value(`term:${type}`)} className="w-20 border-2 border-slate-800 px-2 py-1" />
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="space-y-3">
        <p className="font-semibold">Conditions (optional)</p>
        {Array.from({ length: CONDITION_ROWS }, (_, row) => (
          <fieldset key={row} className="grid gap-2 border border-slate-300 p-2 md:grid-cols-5">
            <legend className="text-sm font-semibold">Condition {row + 1}</legend>
            <div>
              <label htmlFor={fieldId(`cond.${row}.action`)} className="block text-sm">
                Attached to
              </label>
              <select id={fieldId(`cond.${row}.action`)} name={`cond.${row}.action`} defaultValue={view.value(`cond.${row}.action`)} className={`${input} bg-white`}>
                <option value="">Choose</option>
                {CONDITION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {SANCTION_INFO[type].label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={fieldId(`cond.${row}.kind`)} className="block text-sm">
                Kind
              </label>
              <select id={fieldId(`cond.${row}.kind`)} name={`cond.${row}.kind`} defaultValue={view.value(`cond.${row}.kind`) || "CE_HOURS"} className={`${input} bg-white`}>
                {CONDITION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {CONDITION_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </div>
            <div className="md:col-span-2">
              <label htmlFor={fieldId(`cond.${row}.description`)} className="block text-sm">
                Description
              </label>
              <input id={fieldId(`cond.${row}.description`)} name={`cond.${row}.description`} defaultValue={view.value(`cond.${row}.description`)} className={input} />
            </div>
            <div className="grid grid-cols-2 gap-2">
              <div>
                <label htmlFor={fieldId(`cond.${row}.hours`)} className="block text-sm">
                  Hours
                </label>
                <input id={fieldId(`cond.${row}.hours`)} name={`cond.${row}.hours`} inputMode="numeric" defaultValue={view.value(`cond.${row}.hours`)} className={input} />
              </div>
              <div>
                <label htmlFor={fieldId(`cond.${row}.due`)} className="block text-sm">
                  Due by
                </label>
                <input id={fieldId(`cond.${row}.due`)} name={`cond.${row}.due`} type="date" defaultValue={view.value(`cond.${row}.due`)} className={input} />
              </div>
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
