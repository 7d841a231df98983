/**
 * Whether a complaint is outside the filing window (DOMAIN §3 T_filing): more than `windowDays`
 * after the complainant learned of the conduct, unless it alleges a Rule with no time limit. The
 * workflow flags it at filing; the form uses this to tell the person before they submit.
 */
export function isOutsideFilingWindow(
  learnedAt: Date,
  allegedCodes: readonly string[],
  filing: { windowDays: number; exemptRuleIds: readonly string[] },
  now: Date,
): boolean {
  if (allegedCodes.some((code) => filing.exemptRuleIds.includes(code))) return false;
  return now.getTime() > learnedAt.getTime() + filing.windowDays * 86_400_000;
}
