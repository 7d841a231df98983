/** The hearing panel's standing, from what the case file has read already (its hearings and its conflict register). */

export interface PanelCheck {
  panelSize: number;
  eligible: number;
  quorum: number;
  recusedOnPanel: string[];
  ok: boolean;
}

interface HearingWithPanel {
  status: string;
  panel: readonly { personId: string; person: { name: string } }[];
}

interface ConflictRegister {
  recusals: readonly { personId: string }[];
  declarations: readonly { personId: string; kind: string }[];
}

/**
 * Whether the current hearing panel (that of the newest hearing still scheduled or postponed;
 * `hearings` newest first) keeps a quorum of members without a conflict: neither recused nor
 * declaring one. Null when no hearing is pending.
 */
export function checkHearingPanel(hearings: readonly HearingWithPanel[], register: ConflictRegister, quorum: number): PanelCheck | null {
  const hearing = hearings.find((h) => h.status === "SCHEDULED" || h.status === "POSTPONED");
  if (!hearing) return null;
  const conflictedIds = new Set([...register.recusals.map((r) => r.personId), ...register.declarations.filter((d) => d.kind !== "NONE").map((d) => d.personId)]);
  const conflicted = hearing.panel.filter((member) => conflictedIds.has(member.personId));
  const eligible = hearing.panel.length - conflicted.length;
  return { panelSize: hearing.panel.length, eligible, quorum, recusedOnPanel: conflicted.map((member) => member.person.name), ok: eligible >= quorum };
}
