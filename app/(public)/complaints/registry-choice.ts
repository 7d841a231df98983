import { longDate } from "@/lib/domain/intake/dates";
import type { RegistryCandidate } from "@/lib/server/intake/registry";

/** A register record as the public pages show it, with what it means for a complaint. */
export interface RegistryChoice {
  number: string;
  name: string;
  statusLabel: string;
  validThrough: string;
  scope: string;
}

export function toChoice(candidate: RegistryCandidate): RegistryChoice {
  return {
    number: candidate.number,
    name: candidate.name,
    statusLabel: candidate.statusLabel,
    validThrough: longDate(candidate.validThrough),
    scope: candidate.currentlyCertified
      ? "Certified now: we can consider a complaint about their conduct."
      : `Not certified now. We can still consider a complaint about their conduct while they were certified (certification valid through ${longDate(candidate.validThrough)}).`,
  };
}
