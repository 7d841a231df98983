import { Checkboxes } from "@/components/ui/checkboxes";
import type { FormMember } from "@/lib/domain/committee/form-context";

type View = { value: (name: string) => string; fieldError: (name: string) => string | undefined };

/** A choice of members (panel, attendance) as checkboxes. */
export function MembersField({ name, legend, hint, members, view, defaults = [] }: { name: string; legend: string; hint?: string; members: readonly FormMember[]; view: View; defaults?: readonly string[] }) {
  const typed = view.value(name);
  return (
    <Checkboxes
      name={name}
      legend={legend}
      hint={hint}
      options={members.map((member) => ({ value: member.id, label: member.name }))}
      defaultValues={typed ? typed.split("\n") : defaults}
      error={view.fieldError(name)}
    />
  );
}
