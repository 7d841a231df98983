import { NoticeBanner } from "@/components/ui/notice-banner";
import type { ImportState } from "./import-state";

const th = "py-2 pr-4";

export function ImportReportView({ state }: { state: Exclude<ImportState, { status: "idle" }> }) {
  const report = "report" in state ? state.report : undefined;
  if (!report) return null;
  const counts = [
    { label: "Rows in the file", value: report.rows },
    { label: "New certifications", value: report.created },
    { label: "Records updated", value: report.updated },
    { label: "Status corrections", value: report.statusCorrections },
    { label: "Unchanged", value: report.unchanged },
  ];
  return (
    <section aria-labelledby="report-heading" className="mt-8 space-y-4">
      <h2 id="report-heading">{state.status === "imported" ? "Import complete" : state.status === "preview" ? "Dry run: nothing has been imported yet" : "Problems in the file"}</h2>
      {state.status === "imported" ? (
        <NoticeBanner title={`${state.filename} was imported in ${(report.durationMs / 1000).toFixed(1)} seconds.`}>
          <p>
            {report.created.toLocaleString("en-US")} new, {report.updated.toLocaleString("en-US")} updated, {report.statusCorrections.toLocaleString("en-US")} status
            corrections, {report.unchanged.toLocaleString("en-US")} unchanged.
          </p>
        </NoticeBanner>
      ) : null}
      {state.status === "preview" && report.created + report.updated + report.statusCorrections === 0 ? (
        <NoticeBanner title="Every row already matches the registry: importing this file would change nothing." tone="info" />
      ) : null}
      {report.errorCount > 0 ? (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">
            {report.errorCount.toLocaleString("en-US")} {report.errorCount === 1 ? "row has a problem" : "rows have problems"}; nothing was imported
            {report.errors.length < report.errorCount ? ` (the first ${report.errors.length} are listed)` : ""}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className={th}>Line</th>
              <th scope="col" className="py-2">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error, index) => (
              <tr key={`${error.line}-${index}`} className="border-b border-slate-300">
                <td className={th}>{error.line}</td>
                <td className="py-2">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
            {counts.map((count) => (
              <div key={count.label} className="contents">
                <dt className="font-semibold">{count.label}</dt>
                <dd>{count.value.toLocaleString("en-US")}</dd>
              </div>
            ))}
          </dl>
          {state.status === "preview" && report.samples.length > 0 ? (
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-semibold">The first {report.samples.length} changes</caption>
              <thead>
                <tr className="border-b-2 border-slate-800">
                  <th scope="col" className={th}>Line</th>
                  <th scope="col" className={th}>CCM number</th>
                  <th scope="col" className="py-2">Change</th>
                </tr>
              </thead>
              <tbody>
                {report.samples.map((sample) => (
                  <tr key={sample.number} className="border-b border-slate-300">
                    <td className={th}>{sample.line}</td>
                    <td className={`${th} font-mono`}>{sample.number}</td>
                    <td className="py-2">{sample.action === "create" ? "New" : `Updates ${sample.changes.join(", ")}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </section>
  );
}
