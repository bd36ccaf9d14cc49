/** A banner over a list whose background refresh failed: the last answer stays on screen. */
export function RefreshFailed({ message, what = "list" }: { message: string; what?: string }) {
  return (
    <p role="alert" className="border-b border-red-200 bg-red-50 px-3 py-1.5 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-300">
      Refresh failed: {message}. Showing the last {what} received.
    </p>
  );
}
