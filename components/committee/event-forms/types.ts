import type { ComponentType } from "react";
import type { EventFormContext } from "@/lib/domain/committee/form-context";

export interface FormViewLike {
  value: (name: string) => string;
  fieldError: (name: string) => string | undefined;
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
  /** Sends a file (multipart form). */
  multipart?: boolean;
}
