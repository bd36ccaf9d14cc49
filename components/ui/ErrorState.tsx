import { isApiError } from "@/queries/api";
import { Button } from "./Button";

function describe(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof TypeError) return "The server could not be reached. Check your connection.";
  return error instanceof Error ? error.message : "Something went wrong.";
}

/** `onRetry` is usually a query's `refetch`, whose promise settles with the query's new state and never rejects. */
export function ErrorState({ error, onRetry, title = "Could not load this" }: { error: unknown; onRetry?: () => Promise<unknown> | void; title?: string }) {
  return (
    <div role="alert" className="flex flex-col items-center justify-center px-6 py-10 text-center">
      <h2 className="text-sm font-semibold text-red-700 dark:text-red-400">{title}</h2>
      <p className="mt-1 max-w-lg text-sm text-slate-600 dark:text-slate-400">{describe(error)}</p>
      {onRetry ? (
        <Button className="mt-4" onClick={() => void onRetry()}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
