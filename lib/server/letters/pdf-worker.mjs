// Renders letters for processes started with the react-server condition (db:setup, db:seed): that
// condition gives react-pdf a React without its reconciler internals, so render.ts sends the work
// here, a worker started without it. tsx loads the TypeScript renderer.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { renderLetterDocument } = await import("./pdf-document.tsx");

parentPort.on("message", async ({ id, model }) => {
  try {
    const data = await renderLetterDocument(model);
    parentPort.postMessage({ id, data });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
