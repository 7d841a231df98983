import "server-only";
import type { Report, ReportData } from "@/lib/domain/committee/reports";
import { deadlineLabel, waitingOnLabel } from "@/lib/domain/committee/format";
import { CASE_STATES, STATE_INFO } from "@/lib/workflow";
import type { DbOrTx } from "../../db";
import { acknowledgements, casesByState, OUTCOME_LABELS, outcomesByProvision, overdueDeadlines, rates } from "./figures";
import { loadStageTimes } from "./stage-times";

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * Every report of /committee/reports, computed once: the page's charts and tables and the CSV
 * export both print this object, so their numbers cannot differ.
 */
export async function loadReports(db: DbOrTx, now: Date = new Date()): Promise<ReportData> {
  const byState = await casesByState(db);
  const stageTimes = await loadStageTimes(db);
  const outcomes = await outcomesByProvision(db);
  const overdue = await overdueDeadlines(db, now);
  const r = await rates(db);
  const ack = await acknowledgements(db, now);
  const stateOrder = (state: string) => CASE_STATES.indexOf(state as (typeof CASE_STATES)[number]);
  const reports: Report[] = [
    {
      key: "cases-by-stage",
      title: "Cases by stage",
      unit: "Cases",
      description: "Every case, by the stage it is in now.",
      rows: CASE_STATES.filter((state) => (byState.get(state) ?? 0) > 0).map((state) => ({ label: STATE_INFO[state].label, series: "", value: byState.get(state) ?? 0 })),
    },
    {
      key: "median-days-in-stage",
      title: "Median days in each stage, by who was waiting",
      unit: "Median days",
      description: "Completed stays in each stage, from the audit trail. Who was waiting: the Committee (including staff), the case manager or the complainant.",
      rows: [...stageTimes]
        .sort((a, b) => stateOrder(a.state) - stateOrder(b.state) || a.waitingOn.localeCompare(b.waitingOn))
        .map((row) => ({ label: STATE_INFO[row.state].label, series: row.waitingOn === "NONE" ? "Nobody (on hold or automatic)" : waitingOnLabel(row.waitingOn), value: row.medianDays })),
    },
    {
      key: "outcomes-by-provision",
      title: "Outcomes by provision",
      unit: "Cases",
      description: "Cases citing each Rule or Standard (alleged or charged), by outcome: the most severe sanction in effect or served, else how the case ended.",
      rows: outcomes.map((row) => ({ label: row.code, series: OUTCOME_LABELS[row.outcome] ?? row.outcome, value: row.cases })),
    },
    {
      key: "overdue-deadlines",
      title: "Overdue deadlines",
      unit: "Deadlines",
      description: "Open deadlines whose due date has passed, by kind and who they wait on.",
      rows: overdue.map((row) => ({ label: deadlineLabel(row.kind), series: waitingOnLabel(row.waitingOn), value: row.count })),
    },
    {
      key: "recusal-and-appeal-rates",
      title: "Recusal and appeal rates",
      unit: "Percent",
      description: `Cases with at least one recusal (${r.casesWithRecusal} of ${r.cases}); decisions appealed (${r.appealed} of ${r.appealable} that reached an appeal period).`,
      rows: [
        { label: "Recusal rate", series: "", value: percent(r.casesWithRecusal, r.cases) },
        { label: "Appeal rate", series: "", value: percent(r.appealed, r.appealable) },
      ],
    },
    {
      key: "acknowledgement-within-deadline",
      title: "Acknowledgement within its deadline",
      unit: "Cases",
      description: `Intake started within the acknowledgement deadline (T_ack): ${percent(ack.inTime, ack.inTime + ack.late)}% of those decided.`,
      rows: [
        { label: "Within the deadline", series: "", value: ack.inTime },
        { label: "Late (or overdue now)", series: "", value: ack.late },
        { label: "Not yet due", series: "", value: ack.pending },
      ],
    },
  ];
  return { generatedAt: now, reports };
}
