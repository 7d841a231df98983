import { certificationStatusFor, isOnProbation } from "@/lib/domain/certification";
import { actionConditions, actionTermMonths } from "@/lib/domain/sanctions";
import { addUtcMonths, endOfUtcDay, type ProcedureRules } from "./rules";
import type { Effect, EffectOf } from "./effects";
import type { CaseSnapshot, SanctionSnapshot } from "./types";

/**
 * Applies the sanction effects of a transition to the case's sanction records. decide() uses it to
 * derive the certification status the transition leads to; the server and tests use it to keep
 * a snapshot in step with the database. `newId` names records created by CREATE_SANCTIONS.
 */
export function projectSanctions(
  sanctions: readonly SanctionSnapshot[],
  effects: readonly Effect[],
  newId: () => string,
): SanctionSnapshot[] {
  let result = sanctions.map((sanction) => ({ ...sanction, conditions: sanction.conditions.map((c) => ({ ...c })) }));
  for (const effect of effects) {
    switch (effect.type) {
      case "CREATE_SANCTIONS":
        for (const action of effect.actions) {
          result.push({
            id: newId(),
            type: action.type,
            status: effect.status,
            termMonths: actionTermMonths(action),
            effectiveFrom: effect.effectiveFrom,
            termEnded: false,
            conditions: actionConditions(action).map((condition) => ({
              id: newId(),
              met: false,
              dueAt: condition.dueAt ?? null,
            })),
          });
        }
        break;
      case "STAY_SANCTIONS":
        result = result.map((s) => (s.status === "PENDING_FINAL" ? { ...s, status: "STAYED" } : s));
        break;
      case "LIFT_STAY":
        result = result.map((s) => (s.status === "STAYED" ? { ...s, status: "PENDING_FINAL" } : s));
        break;
      case "MAKE_SANCTIONS_FINAL":
        result = result.map((s) =>
          s.status === "PENDING_FINAL" || s.status === "STAYED"
            ? { ...s, status: "ACTIVE", effectiveFrom: s.effectiveFrom ?? effect.at }
            : s,
        );
        break;
      case "SET_SANCTIONS_ASIDE":
        result = result.map((s) => (isLive(s) ? { ...s, status: effect.status } : s));
        break;
      case "COMPLETE_SANCTIONS":
        result = result.map((s) => (effect.sanctionIds.includes(s.id) ? { ...s, status: "COMPLETED" } : s));
        break;
      case "MARK_CONDITIONS_MET":
        result = result.map((s) => ({
          ...s,
          conditions: s.conditions.map((c) => (effect.conditionIds.includes(c.id) ? { ...c, met: true } : c)),
        }));
        break;
      case "MARK_TERM_ENDED":
        result = result.map((s) => (s.id === effect.sanctionId ? { ...s, termEnded: true } : s));
        break;
      default:
        break;
    }
  }
  return result;
}

/** Decided and not yet finished or set aside. */
export function isLive(sanction: SanctionSnapshot): boolean {
  return sanction.status === "PENDING_FINAL" || sanction.status === "STAYED" || sanction.status === "ACTIVE";
}

/** Sanctions that bind the certification now. */
export function sanctionsInEffect(sanctions: readonly SanctionSnapshot[]): SanctionSnapshot[] {
  return sanctions.filter((sanction) => sanction.status === "ACTIVE");
}

/** An active sanction is done when its term (if any) has ended and every condition is met; revocation never is. */
export function isSanctionDone(sanction: SanctionSnapshot): boolean {
  if (sanction.type === "REVOCATION") return false;
  return (sanction.termMonths === null || sanction.termEnded) && sanction.conditions.every((c) => c.met);
}

/** Active sanctions that still need watching: a running term or an unmet condition. */
export function sanctionsOutstanding(sanctions: readonly SanctionSnapshot[]): SanctionSnapshot[] {
  return sanctionsInEffect(sanctions).filter((s) => s.type !== "REVOCATION" && !isSanctionDone(s));
}

export function termEndsAt(sanction: SanctionSnapshot): Date | null {
  if (sanction.termMonths === null || sanction.effectiveFrom === null) return null;
  return endOfUtcDay(addUtcMonths(sanction.effectiveFrom, sanction.termMonths));
}

/**
 * The SET_CERTIFICATION_STATUS effect a change of sanctions calls for, or null when the status
 * and probation flag stay as they were. The lifecycle status is the floor; discipline overrides it.
 */
export function certificationEffectFor(
  snapshot: CaseSnapshot,
  after: readonly SanctionSnapshot[],
  now: Date,
  rules: ProcedureRules,
  reason: string,
): EffectOf<"SET_CERTIFICATION_STATUS"> | null {
  const { respondentCertificationId: certificationId, respondentLifecycleStatus: lifecycle } = snapshot;
  if (certificationId === null || lifecycle === null) return null;
  const beforeActive = sanctionsInEffect(snapshot.sanctions);
  const afterActive = sanctionsInEffect(after);
  const status = certificationStatusFor(lifecycle, afterActive);
  const onProbation = isOnProbation(afterActive);
  const previous = certificationStatusFor(lifecycle, beforeActive);
  if (status === previous && onProbation === isOnProbation(beforeActive)) return null;
  const effect: EffectOf<"SET_CERTIFICATION_STATUS"> = { type: "SET_CERTIFICATION_STATUS", certificationId, status, onProbation, reason };
  if (status === "REVOKED") {
    effect.reapplyNotBefore = addUtcMonths(now, rules.sanctions.revocationReapplyYears * 12);
  }
  return effect;
}
