import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { LetterModel } from "./model";

/**
 * PDF bytes for a letter. In the app and in tests react-pdf renders in-process (Next loads it as
 * a server external package, with the full React). A process started with the react-server
 * condition (the db scripts) resolves React's server build, which react-pdf cannot use, so there
 * the letter is rendered in a worker thread started without that condition.
 */
export async function renderLetterPdf(model: LetterModel): Promise<Buffer> {
  if (runsWithReactServerCondition()) return renderInWorker(model);
  const { renderLetterDocument } = await import("./pdf-document");
  return renderLetterDocument(model);
}

function runsWithReactServerCondition(): boolean {
  const args = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return args.some((arg, index) => arg.includes("react-server") && (arg.startsWith("--conditions") || arg.startsWith("-C") || /^(--conditions|-C)$/.test(args[index - 1] ?? "")));
}

type Pending = { resolve: (data: Buffer) => void; reject: (error: Error) => void };
const holder = globalThis as typeof globalThis & { __docketLetterWorker?: { worker: Worker; pending: Map<number, Pending>; next: number } };

/**
 * The worker's code, evaluated (not a file): the bundler must not follow it, since it loads tsx
 * and the TypeScript renderer at run time in processes that are not the Next server.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ready = import("tsx/esm/api").then(({ register }) => { register(); return import(workerData.renderer); });
parentPort.on("message", async ({ id, model }) => {
  try {
    const { renderLetterDocument } = await ready;
    parentPort.postMessage({ id, data: await renderLetterDocument(model) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

function letterWorker() {
  if (holder.__docketLetterWorker) return holder.__docketLetterWorker;
  const renderer = pathToFileURL(path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "letters", "pdf-document.tsx")).href;
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { renderer } });
  const state = { worker, pending: new Map<number, Pending>(), next: 1 };
  worker.on("message", (message: { id: number; data?: Uint8Array; error?: string }) => {
    const waiting = state.pending.get(message.id);
    if (!waiting) return;
    state.pending.delete(message.id);
    if (state.pending.size === 0) worker.unref();
    if (message.error !== undefined || !message.data) waiting.reject(new Error(`Letter rendering failed: ${message.error ?? "no data"}`));
    else waiting.resolve(Buffer.from(message.data));
  });
  worker.on("error", (error) => {
    for (const waiting of state.pending.values()) waiting.reject(error);
    state.pending.clear();
    holder.__docketLetterWorker = undefined;
  });
  holder.__docketLetterWorker = state;
  return state;
}

function renderInWorker(model: LetterModel): Promise<Buffer> {
  const state = letterWorker();
  const id = state.next++;
  state.worker.ref();
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    state.worker.postMessage({ id, model });
  });
}
