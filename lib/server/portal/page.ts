import "server-only";
import { notFound } from "next/navigation";
import { casePath, type CasePage } from "@/lib/domain/portal/pages";
import { isAppError } from "../errors";
import { loadPortalCase, type PortalCase } from "./case-view";
import { portalPageViewer, type PortalViewer } from "./viewer";

/**
 * For a case page of the portal: the signed-in person (else the sign-in or 403 page) and the case
 * as its respondent sees it; any case they may not see is the 404 page, like one that does not exist.
 */
export async function portalCasePage(caseId: string, page?: CasePage): Promise<{ viewer: PortalViewer; portalCase: PortalCase }> {
  const viewer = await portalPageViewer(casePath(caseId, page));
  try {
    return { viewer, portalCase: await loadPortalCase(caseId, viewer.actor) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** The case's pages that apply now, for its sub-navigation. */
export function pagesFor(portalCase: PortalCase): CasePage[] {
  const has = (type: string) => portalCase.events.some((event) => event.type === type && event.relevant);
  const pages: CasePage[] = [];
  if (has("SUBMIT_RESPONSE") || has("REQUEST_EXTENSION")) pages.push("respond");
  if (has("INFO_RECEIVED") || has("COMMENT_ON_ADVERSE_MATERIAL")) pages.push("information");
  if (has("ACCEPT_DISPOSITION") || has("REQUEST_HEARING")) pages.push("election");
  if (portalCase.hearing) pages.push("hearing");
  if (has("FILE_APPEAL") || portalCase.appeals.length > 0) pages.push("appeal");
  if (portalCase.sanctions.some((s) => s.conditions.length > 0)) pages.push("compliance");
  if (has("PETITION_REOPEN")) pages.push("reopen");
  pages.push("representatives");
  return pages;
}
