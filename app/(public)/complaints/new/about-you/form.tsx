"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { CONTACT_LABELS, RELATIONSHIP_LABELS } from "@/lib/domain/intake/about-you";
import { COMPLAINANT_RELATIONSHIPS, CONTACT_CHANNELS } from "@/lib/domain/new-case";
import { saveStepAction } from "../actions";

export function AboutYouForm({ defaults, returnToCheck }: { defaults: Record<string, string>; returnToCheck: boolean }) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, defaults);
  const { value, fieldError } = view;
  return (
    <StepShell step="about-you" state={state} formAction={formAction} pending={pending} returnToCheck={returnToCheck} errors={view.errors}>
      <TextField name="name" label="Full name" autoComplete="name" spellCheck={false} defaultValue={value("name")} error={fieldError("name")} />
      <TextField
        name="organisation"
        label="Organisation (optional)"
        hint="If you are complaining for an employer, insurer or other organisation."
        autoComplete="organization"
        defaultValue={value("organisation")}
        error={fieldError("organisation")}
      />
      <TextField
        name="email"
        label="Email address"
        hint="We send your case reference and updates here. We never share it with the case manager without your agreement."
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={value("email")}
        error={fieldError("email")}
      />
      <TextField name="phone" label="Phone number (optional)" type="tel" autoComplete="tel" defaultValue={value("phone")} error={fieldError("phone")} />
      <TextAreaField
        name="postalAddress"
        label="Postal address (optional)"
        autoComplete="street-address"
        rows={4}
        defaultValue={value("postalAddress")}
        error={fieldError("postalAddress")}
      />
      <Radios
        name="relationship"
        legend="How do you know the case manager?"
        defaultValue={value("relationship")}
        error={fieldError("relationship")}
        options={COMPLAINANT_RELATIONSHIPS.map((relationship) => ({
          value: relationship,
          label: RELATIONSHIP_LABELS[relationship],
          ...(relationship === "OTHER" && {
            conditional: (
              <TextField
                name="relationshipOther"
                label="Describe your relationship"
                hint="Only if you chose “Something else”."
                defaultValue={value("relationshipOther")}
                error={fieldError("relationshipOther")}
              />
            ),
          }),
        }))}
      />
      <Radios
        name="preferredContact"
        legend="How would you like us to contact you?"
        hint="We need a phone number or postal address if you choose phone or post."
        defaultValue={value("preferredContact")}
        error={fieldError("preferredContact")}
        inline
        options={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: CONTACT_LABELS[channel] }))}
      />
      <Radios
        name="shareWithRespondent"
        legend="Can we tell the case manager who you are?"
        hint={
          <>
            <p>
              The case manager is sent the complaint so they can respond. If you say no, we do not give them your name or contact details. They may still
              be able to work out who you are from what happened, and the Committee Chair may decide your name must be shared to deal with the complaint
              fairly; we would tell you first.
            </p>
          </>
        }
        defaultValue={value("shareWithRespondent")}
        error={fieldError("shareWithRespondent")}
        options={[
          { value: "yes", label: "Yes, you can tell them who I am" },
          { value: "no", label: "No, do not share my identity unless it becomes necessary" },
        ]}
      />
      <TextAreaField
        name="accommodationNeeds"
        label="Do you need any support or adjustments to take part? (optional)"
        hint="For example large print, a sign language interpreter, phone calls instead of letters, or more time."
        rows={3}
        defaultValue={value("accommodationNeeds")}
        error={fieldError("accommodationNeeds")}
      />
    </StepShell>
  );
}
