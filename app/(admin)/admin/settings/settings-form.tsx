"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field-id";
import { TextAreaField, TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { SelectField } from "@/components/ui/select-field";
import { CLOCK_FIELDS, LETTERHEAD_FIELDS, NUMBER_SECTIONS, RULE_CHOICES } from "@/lib/domain/admin/settings-fields";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { saveSettingsAction } from "./actions";

const narrow = "block w-28 rounded-none border-2 border-slate-800 px-3 py-2 text-base aria-[invalid=true]:border-danger";
const UNITS = [
  { value: "calendar", label: "Calendar days" },
  { value: "business", label: "Business days" },
];
const RULE_OPTIONS = RULE_CHOICES.map((rule) => ({ value: rule, label: rule }));

export function SettingsForm({ defaults, version }: { defaults: Record<string, string>; version: number }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveSettingsAction, IDLE);
  const view = formView(state, defaults);
  const number = (name: string, label: string, hint?: string) => (
    <TextField key={name} name={name} label={label} hint={hint} inputMode="numeric" className={narrow} defaultValue={view.value(name)} error={view.fieldError(name)} />
  );
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={view.errors} /> : null}
      {state.status === "success" ? <NoticeBanner title={state.message ?? "Saved"} /> : null}
      <form action={formAction} className="space-y-10" noValidate key={`${version}-${view.key}`}>
        <input type="hidden" name="version" value={version} />
        <section aria-labelledby="clocks-heading" className="space-y-4">
          <h2 id="clocks-heading">Procedure clocks</h2>
          <p>Each clock is a number of calendar or business days. Business days skip weekends and the holidays below.</p>
          {CLOCK_FIELDS.map((clock) => (
            <fieldset key={clock.name} className="space-y-2 border-b border-slate-300 pb-4">
              <legend className="font-semibold">{clock.label}</legend>
              {clock.hint ? <p className="text-sm text-slate-700">{clock.hint}</p> : null}
              <div className="flex flex-wrap gap-6">
                {number(`clocks.${clock.name}.length`, "Days")}
                <SelectField
                  name={`clocks.${clock.name}.unit`}
                  label="Kind of days"
                  options={UNITS}
                  defaultValue={view.value(`clocks.${clock.name}.unit`)}
                  error={view.fieldError(`clocks.${clock.name}.unit`)}
                />
              </div>
            </fieldset>
          ))}
        </section>

        <section aria-labelledby="calendar-heading" className="space-y-4">
          <h2 id="calendar-heading">Calendar</h2>
          <TextAreaField
            name="holidays"
            label="Holidays"
            hint="One date per line, as YYYY-MM-DD. They are not business days."
            defaultValue={view.value("holidays")}
            error={view.fieldError("holidays")}
          />
          <div className="flex items-start gap-3">
            <input
              id={fieldId("rollForwardOffNonBusinessDays")}
              type="checkbox"
              name="rollForwardOffNonBusinessDays"
              defaultChecked={view.value("rollForwardOffNonBusinessDays") === "on"}
              className="mt-1 size-6 accent-brand"
            />
            <label htmlFor={fieldId("rollForwardOffNonBusinessDays")}>A calendar-day deadline that falls on a weekend or holiday moves to the next business day</label>
          </div>
          <TextField
            name="reminderOffsetsDays"
            label="Send reminders this many days before a deadline"
            hint="Up to 5 numbers separated by commas, e.g. 7, 1."
            className={narrow}
            defaultValue={view.value("reminderOffsetsDays")}
            error={view.fieldError("reminderOffsetsDays")}
          />
        </section>

        {NUMBER_SECTIONS.map((section) => (
          <section key={section.id} aria-labelledby={`${section.id}-heading`} className="space-y-4">
            <h2 id={`${section.id}-heading`}>{section.title}</h2>
            {section.fields.map((field) => number(field.name, `${field.label} (${field.suffix})`, [field.hint, field.blankMeans].filter(Boolean).join(" ") || undefined))}
            {section.id === "filing" ? (
              <Checkboxes name="filing.exemptRuleIds" legend="Rules with no filing limit" options={RULE_OPTIONS} defaultValues={view.value("filing.exemptRuleIds").split("\n")} error={view.fieldError("filing.exemptRuleIds")} />
            ) : null}
            {section.id === "sanctions" ? (
              <Checkboxes
                name="sanctions.stayExceptRuleIds"
                legend="Sanctions are not stayed during an appeal in matters under these rules"
                options={RULE_OPTIONS}
                defaultValues={view.value("sanctions.stayExceptRuleIds").split("\n")}
                error={view.fieldError("sanctions.stayExceptRuleIds")}
              />
            ) : null}
            {section.id === "retention" ? <p>The audit log is kept permanently and is never purged.</p> : null}
          </section>
        ))}

        <section aria-labelledby="letterhead-heading" className="space-y-4">
          <h2 id="letterhead-heading">Letterhead and signatory</h2>
          {LETTERHEAD_FIELDS.map((field) =>
            "multiline" in field ? (
              <TextAreaField key={field.name} name={field.name} label={field.label} defaultValue={view.value(field.name)} error={view.fieldError(field.name)} />
            ) : (
              <TextField key={field.name} name={field.name} label={field.label} defaultValue={view.value(field.name)} error={view.fieldError(field.name)} />
            ),
          )}
        </section>

        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </form>
    </>
  );
}
