import { fieldId } from "@/components/ui/field-id";
import type { FormMember } from "@/lib/domain/committee/form-context";

type View = { value: (name: string) => string; fieldError: (name: string) => string | undefined };

/** Each eligible member's vote; "Not present" leaves them out of the vote (the workflow counts the majority). */
export function VotesField({ members, view, legend = "Votes of the members present" }: { members: readonly FormMember[]; view: View; legend?: string }) {
  const id = fieldId("votes");
  const error = view.fieldError("votes");
  return (
    <fieldset className={`space-y-2 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="font-semibold">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        A decision needs a quorum voting and a majority of all members without a conflict voting for it.
      </p>
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {members.length === 0 ? <p>No member without a conflict can vote.</p> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {members.map((member, index) => {
          const name = `vote:${member.id}`;
          const selectId = index === 0 ? id : fieldId(name);
          return (
            <div key={member.id} className="flex items-center gap-3">
              <label htmlFor={selectId} className="min-w-40">
                {member.name}
              </label>
              <select id={selectId} name={name} defaultValue={view.value(name)} className="min-h-11 border-2 border-slate-800 bg-white px-2">
                <option value="">Not present</option>
                <option value="FOR">For</option>
                <option value="AGAINST">Against</option>
                <option value="ABSTAIN">Abstain</option>
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
