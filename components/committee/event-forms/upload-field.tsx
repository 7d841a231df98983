import { Checkboxes } from "@/components/ui/checkboxes";
import { FileField } from "@/components/ui/file-field";
import type { EventUploadSpec } from "@/lib/domain/committee/event-forms/uploads";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT, MAX_FILE_BYTES, describeSize } from "@/lib/domain/intake/uploads";
import type { FormViewLike } from "./types";

/**
 * The file input of a committee form that sends documents with its event (EVENT_UPLOADS): the
 * upload limits, who will see the files, every error about the chosen files, and, where the form
 * offers it, the choice to show the files to the case manager.
 */
export function EventUploadField({ spec, view }: { spec: EventUploadSpec; view: FormViewLike }) {
  const errors = view.fieldErrors?.(spec.field) ?? [view.fieldError(spec.field)].filter((e): e is string => Boolean(e));
  const limit = spec.maxFiles === 1 ? `One file, ${describeSize(MAX_FILE_BYTES)} or smaller` : `Up to ${spec.maxFiles} files, each ${describeSize(MAX_FILE_BYTES)} or smaller`;
  return (
    <div className="space-y-4">
      <FileField
        name={spec.field}
        label={spec.label}
        hint={`${limit}: ${ACCEPTED_TYPES_TEXT}. ${spec.hint} If the form shows an error, choose the ${spec.maxFiles === 1 ? "file" : "files"} again.`}
        errors={errors}
        accept={ACCEPT_ATTRIBUTE}
        multiple={spec.maxFiles > 1}
      />
      {spec.shareField ? (
        <Checkboxes
          name={spec.shareField}
          legend="Who may read the files"
          hint="Material from the complainant or a third party may be adverse to the case manager: they are told it has arrived and may comment on it."
          options={[{ value: "on", label: "Show these files to the case manager as well" }]}
          defaultValues={view.value(spec.shareField) ? ["on"] : []}
        />
      ) : null}
    </div>
  );
}
