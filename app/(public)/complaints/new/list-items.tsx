import { removeListItemAction } from "./actions";

type Item = { title: string; details: string[] };

/** The items added so far, each with its own "Remove" form (works without JavaScript). */
export function ListItems({ step, items, returnToCheck, noun }: { step: string; items: Item[]; returnToCheck: boolean; noun: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${step}-added`} className="mb-8">
      <h2 id={`${step}-added`} className="mb-3 text-xl">
        You have added {items.length} {items.length === 1 ? noun : `${noun}s`}
      </h2>
      <ul className="divide-y divide-slate-300 border-y border-slate-300">
        {items.map((item, index) => (
          <li key={`${index}-${item.title}`} className="flex flex-wrap items-start justify-between gap-4 py-3">
            <div>
              <p className="font-semibold">{item.title}</p>
              {item.details.map((detail) => (
                <p key={detail} className="text-slate-700">
                  {detail}
                </p>
              ))}
            </div>
            <form action={removeListItemAction}>
              <input type="hidden" name="step" value={step} />
              <input type="hidden" name="index" value={index} />
              {returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
              <button type="submit" className="min-h-11 px-2 text-brand underline underline-offset-2">
                Remove<span className="sr-only"> {item.title}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
