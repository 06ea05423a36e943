// Shared through globalThis: our server and Next's bundled copy of the lib are two module instances.
const BRIDGE_SERVES_API = Symbol.for("moodtape.bridgeServesApi");
type Flagged = typeof globalThis & { [BRIDGE_SERVES_API]?: boolean };

/** Called by our server before Next starts: the bridge serves /api/* and our server runs the start-up job. */
export function declareApiBridge(): void {
  (globalThis as Flagged)[BRIDGE_SERVES_API] = true;
}

/** Whether our server's bridge serves /api/* (then Next's instrumentation leaves the start-up job to it). */
export function apiBridgeDeclared(): boolean {
  return (globalThis as Flagged)[BRIDGE_SERVES_API] === true;
}
