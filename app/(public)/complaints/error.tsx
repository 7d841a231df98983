"use client";

import Link from "next/link";

/**
 * Shown if a complaint page cannot be built (for example the database is briefly unavailable).
 * Saved answers are kept on the server, so trying again loses nothing.
 */
export default function ComplaintsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-3xl space-y-4">
      <h1>Sorry, there is a problem with the service</h1>
      <p>Your saved answers have not been lost. Try again in a few minutes.</p>
      {error.digest ? <p className="text-slate-700">If you contact us, quote reference {error.digest}.</p> : null}
      <p>
        <button type="button" onClick={reset} className="min-h-11 text-brand underline underline-offset-2">
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
