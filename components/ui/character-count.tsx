"use client";

import { useEffect, useState, useSyncExternalStore, type TextareaHTMLAttributes } from "react";
import { TextAreaField } from "./field";
import { fieldId } from "./field-id";

const noSubscription = () => () => {};

type Props = { name: string; label: string; hint?: string; error?: string; maxLength: number } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "maxLength"
>;

/**
 * GOV.UK character count. Without JavaScript the hint states the limit; with it, a visible count
 * updates as the person types and screen readers hear it once they pause. The limit is not
 * enforced in the browser (nothing typed is cut off); the server says when it is too long.
 */
export function CharacterCount({ name, label, hint, error, maxLength, defaultValue, ...rest }: Props) {
  const [length, setLength] = useState(String(defaultValue ?? "").length);
  const [shownDefault, setShownDefault] = useState(defaultValue);
  const [announced, setAnnounced] = useState("");
  // True only in the browser after hydration: without JavaScript the static hint is all there is.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  if (shownDefault !== defaultValue) {
    // The form was reset to new values (after a failed submit): count those.
    setShownDefault(defaultValue);
    setLength(String(defaultValue ?? "").length);
  }
  const limit = maxLength.toLocaleString("en-US");
  const remaining = maxLength - length;
  const message =
    remaining >= 0
      ? `You have ${remaining.toLocaleString("en-US")} character${remaining === 1 ? "" : "s"} remaining`
      : `You have ${(-remaining).toLocaleString("en-US")} character${remaining === -1 ? "" : "s"} too many`;

  useEffect(() => {
    if (!hydrated) return;
    const timer = setTimeout(() => setAnnounced(message), 1000);
    return () => clearTimeout(timer);
  }, [message, hydrated]);

  return (
    <div>
      <TextAreaField
        name={name}
        label={label}
        hint={`${hint ? `${hint} ` : ""}You can enter up to ${limit} characters.`}
        error={error}
        defaultValue={defaultValue}
        onChange={(event) => setLength(event.currentTarget.value.length)}
        {...rest}
      />
      {hydrated ? (
        <>
          <p aria-hidden="true" className={`mt-1 ${remaining < 0 ? "font-semibold text-danger" : "text-slate-700"}`} id={`${fieldId(name)}-count`}>
            {message}
          </p>
          <p className="sr-only" aria-live="polite">
            {announced}
          </p>
        </>
      ) : null}
    </div>
  );
}
