import { isApiError } from "@/queries/api";

/** The API's error message and, for validation errors, each field problem it names. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : "The request failed.";
  // A detail that only repeats the message (e.g. the ring percent sum) is not worth a second line.
  const details = isApiError(error) ? error.details.filter((detail) => detail.message !== message) : [];
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-300"
    >
      <p>{message}</p>
      {details.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-xs">
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              <code className="font-mono">{detail.path}</code>: {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
