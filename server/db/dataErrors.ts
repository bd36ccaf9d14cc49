/**
 * SQLSTATE classes that blame the values of a statement, not the database: 22 data exception (out of
 * range, bad encoding, bad JSON), 23 integrity constraint violation, 54 program limit exceeded (e.g.
 * an index row too large). Anything else (connection lost, shutting down, out of disk) is not the
 * sender's fault and must fail the request rather than be reported as bad input.
 */
const VALUE_ERROR_CLASSES = new Set(["22", "23", "54"]);

export function isValueError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.length === 5 && VALUE_ERROR_CLASSES.has(code.slice(0, 2));
}
