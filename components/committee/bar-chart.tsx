import type { Report } from "@/lib/domain/committee/reports";

const SERIES_COLOURS = ["#1d3b6f", "#b45309", "#1b6e3a", "#6b21a8", "#9f1239", "#0f766e", "#334155", "#a16207"];

const formatValue = (value: number) => (Number.isInteger(value) ? value.toLocaleString("en-US") : value.toFixed(1));

/**
 * A horizontal bar chart in plain SVG (no chart library), named and described for assistive
 * technology, with the same figures in a table beneath it. Colour is never the only cue: every bar
 * carries its label and value in text.
 */
export function BarChart({ report }: { report: Report }) {
  const rows = report.rows;
  const id = `chart-${report.key}`;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const series = [...new Set(rows.map((row) => row.series))];
  const rowHeight = 26;
  const labelWidth = 330;
  const barWidth = 330;
  const height = Math.max(rowHeight, rows.length * rowHeight) + 8;
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3">
      <figcaption id={`${id}-title`} className="text-xl font-semibold">
        {report.title}
      </figcaption>
      <p id={`${id}-desc`} className="text-slate-700">
        {report.description}
      </p>
      {rows.length === 0 ? (
        <p>No data yet.</p>
      ) : (
        <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${labelWidth + barWidth + 70} ${height}`} className="w-full max-w-3xl">
          {rows.map((row, index) => {
            const y = index * rowHeight + 4;
            const width = Math.max(2, (row.value / max) * barWidth);
            const colour = SERIES_COLOURS[series.indexOf(row.series) % SERIES_COLOURS.length];
            const label = row.series ? `${row.label} · ${row.series}` : row.label;
            return (
              <g key={`${row.label}:${row.series}`}>
                <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="12" fill="#0f172a">
                  {label.length > 52 ? `${label.slice(0, 51)}…` : label}
                </text>
                <rect x={labelWidth} y={y + 2} width={width} height={rowHeight - 8} fill={colour} />
                <text x={labelWidth + width + 6} y={y + 16} fontSize="12" fill="#0f172a">
                  {formatValue(row.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {rows.length > 0 ? (
        <table className="w-full max-w-3xl border-collapse text-left">
          <caption className="sr-only">{report.title}: figures</caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-1 pr-4">Label</th>
              {series.some((s) => s !== "") ? <th scope="col" className="py-1 pr-4">Series</th> : null}
              <th scope="col" className="py-1 text-right">{report.unit}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.label}:${row.series}`} className="border-b border-slate-300">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {row.label}
                </th>
                {series.some((s) => s !== "") ? <td className="py-1 pr-4">{row.series}</td> : null}
                <td className="py-1 text-right">{formatValue(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
