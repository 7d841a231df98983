"use client";

import { useEffect, useRef } from "react";
import { fieldId, type SummaryError } from "./field-id";

/**
 * GOV.UK-style error summary: focused when it appears so screen readers announce it, each
 * message a link that moves focus to its field.
 */
export function ErrorSummary({
  title = "There is a problem",
  message,
  errors,
  id = "error-summary",
}: {
  title?: string;
  message?: string;
  errors: SummaryError[];
  /** Distinct per form when a page has several forms. */
  id?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message, errors]);

  if (!message && errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-title`}
      className="mb-6 border-4 border-danger p-4"
    >
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      {message ? <p className="mt-2">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 list-none space-y-1">
          {errors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              <a href={`#${fieldId(error.field)}`} className="font-semibold text-danger">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
