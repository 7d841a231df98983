import type { ComponentType } from "react";
import type { EventFormContext } from "@/lib/domain/committee/form-context";

export interface FormViewLike {
  value: (name: string) => string;
  fieldError: (name: string) => string | undefined;
  /** Every message for a field (file fields); absent where a form has none. */
  fieldErrors?: (name: string) => string[];
}

export interface FieldsProps {
  view: FormViewLike;
  ctx: EventFormContext;
}

export interface EventFormSpec {
  Fields: ComponentType<FieldsProps>;
  submitLabel: string;
  /** What the action does, shown above the form. */
  intro?: string;
  danger?: boolean;
}
