import { z } from "zod";

/**
 * In the browser zod's JIT would first probe whether `Function("")` may run; the Content-Security-
 * Policy (no 'unsafe-eval') refuses it and the browser reports a violation on every page. The server
 * keeps the JIT: no policy applies there and it parses every ingest batch.
 */
z.config({ jitless: true });
