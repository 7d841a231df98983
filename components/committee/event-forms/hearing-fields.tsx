import { Checkboxes } from "@/components/ui/checkboxes";
import { TextAreaField, TextField } from "@/components/ui/field";
import { ActionsField } from "../fields/actions-field";
import { MembersField } from "../fields/members-field";
import { ProvisionsField } from "../fields/provisions-field";
import { Radios } from "@/components/ui/radios";
import { VotesField } from "../fields/votes-field";
import type { FieldsProps, FormViewLike } from "./types";

/** Hearings (DOMAIN §3 #16–#19, §5). */

function DateTimeFields({ view, min, hint }: { view: FormViewLike; min?: string; hint: string }) {
  return (
    <div className="flex flex-wrap gap-6">
      <TextField name="date" label="Date" type="date" min={min} hint={hint} className="border-2 border-slate-800 px-3 py-2" defaultValue={view.value("date")} error={view.fieldError("date")} />
      <TextField name="time" label="Time (UTC)" type="time" className="border-2 border-slate-800 px-3 py-2" defaultValue={view.value("time") || "14:00"} error={view.fieldError("time")} />
    </div>
  );
}

export function ScheduleHearingFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <DateTimeFields view={view} min={ctx.earliestHearingDay} hint={`The notice period in the procedure settings applies: the earliest date is about ${ctx.earliestHearingDay}.`} />
      <Radios
        name="format"
        legend="Format"
        options={[
          { value: "VIDEO", label: "Video" },
          { value: "IN_PERSON", label: "In person" },
          { value: "PHONE", label: "Telephone" },
        ]}
        defaultValue={view.value("format")}
        error={view.fieldError("format")}
        inline
      />
      <TextField name="link" label="Video link (for a video hearing)" type="url" defaultValue={view.value("link")} error={view.fieldError("link")} />
      <TextField name="location" label="Place (for a hearing in person)" defaultValue={view.value("location")} error={view.fieldError("location")} />
      <MembersField
        name="panel"
        legend="Hearing panel"
        hint={`At least ${ctx.minPanel} Committee members without a conflict. Recused members are not listed.`}
        members={ctx.committee}
        view={view}
      />
    </div>
  );
}

export function PostponeHearingFields({ view }: FieldsProps) {
  return (
    <div className="space-y-6">
      <Radios
        name="requestedBy"
        legend="Who asked for the postponement"
        options={[
          { value: "CCM", label: "The case manager" },
          { value: "COMMITTEE", label: "The Committee" },
        ]}
        defaultValue={view.value("requestedBy")}
        error={view.fieldError("requestedBy")}
        inline
      />
      <DateTimeFields view={view} hint="The new date needs the shorter re-notice period from the procedure settings." />
      <TextAreaField name="reasons" label="Good cause" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
    </div>
  );
}

export function HearingHeldFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <MembersField name="present" legend="Panel members present" members={ctx.hearingPanel} view={view} defaults={ctx.hearingPanel.map((m) => m.id)} />
      <Radios
        name="appeared"
        legend="Did the case manager appear?"
        hint="If not, the hearing went ahead in their absence after due notice."
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No (held in absentia)" },
        ]}
        defaultValue={view.value("appeared")}
        error={view.fieldError("appeared")}
        inline
      />
      <Checkboxes
        name="writtenStatementReceived"
        legend="Written statement"
        options={[{ value: "on", label: "The case manager sent a written statement instead of, or as well as, appearing" }]}
        defaultValues={view.value("writtenStatementReceived") ? ["on"] : []}
      />
    </div>
  );
}

export function DecideAfterHearingFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <TextAreaField name="findings" label="Findings of fact" defaultValue={view.value("findings")} error={view.fieldError("findings")} />
      <ProvisionsField codeVersion={ctx.codeVersion} defaults={[]} view={view} legend="Provisions breached (none for a dismissal)" />
      <ActionsField view={view} legend="Action (none for a dismissal)" />
      <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
      <VotesField members={ctx.hearingPanel} view={view} legend="Each panel member's vote" />
    </div>
  );
}
