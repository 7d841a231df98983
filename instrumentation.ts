/**
 * Next.js calls register() once per server process. In the Node.js runtime (not the edge, not
 * during `next build`) it starts the in-app scheduler and outbox worker unless DOCKET_WORKER=off.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if ((process.env.DOCKET_WORKER ?? "").trim().toLowerCase() === "off") return;
  const { startInAppWorker } = await import("./lib/server/scheduler/in-app");
  startInAppWorker();
}
