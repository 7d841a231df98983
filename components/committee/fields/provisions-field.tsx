import { Checkboxes } from "@/components/ui/checkboxes";
import { citableProvisions, type CodeVersion } from "@/lib/domain/catalogue";

type View = { value: (name: string) => string; fieldError: (name: string) => string | undefined };

/** Rules and Standards of the case's code version, as checkboxes; the current selection comes first from the form. */
export function ProvisionsField({ codeVersion, defaults, view, legend }: { codeVersion: CodeVersion; defaults: readonly string[]; view: View; legend: string }) {
  const typed = view.value("provisions");
  const selected = typed ? typed.split("\n") : defaults;
  const options = citableProvisions(codeVersion).map((p) => ({ value: p.code, label: `${p.code}: ${p.kind === "RULE" ? p.description : p.title}` }));
  return (
    <Checkboxes
      name="provisions"
      legend={legend}
      hint={`Cite provisions of the ${codeVersion} Code, the version in force at the time of the conduct.`}
      options={options}
      defaultValues={selected}
      error={view.fieldError("provisions")}
    />
  );
}
