import "server-only";

/**
 * Refreshes the pages that show a case after a committed change. Only inside a running Next
 * server (NEXT_RUNTIME is set there); scripts, the scheduler and tests have no page cache, and
 * revalidatePath throws outside a request, so this is a no-op for them.
 */
export async function revalidateCase(caseId: string): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return;
  try {
    const { revalidatePath } = await import("next/cache");
    for (const path of ["/committee", `/committee/cases/${caseId}`, "/portal", `/portal/cases/${caseId}`, "/complaints/status"]) {
      revalidatePath(path);
    }
  } catch {
    // Called outside a request (e.g. from a background job inside the server): nothing cached to refresh.
  }
}
