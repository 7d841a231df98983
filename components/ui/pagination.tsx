import Link from "next/link";

/** Previous/next links that keep the current filters (`params`) in the query string. */
export function Pagination({ page, pageCount, basePath, params }: { page: number; pageCount: number; basePath: string; params: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    query.set("page", String(target));
    return `${basePath}?${query.toString()}`;
  };
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-6">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          Previous<span className="sr-only"> page</span>
        </Link>
      ) : null}
      <p>
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          Next<span className="sr-only"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
