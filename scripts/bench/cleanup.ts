/** Tearing a backend run down: deferred cleanup steps, and abandoning work once the run is aborted. */

/** Cleanup steps run in reverse order, each one even if an earlier one failed. */
export class Cleanup {
  private readonly steps: Array<{ label: string; run: () => Promise<unknown> }> = [];

  defer(label: string, run: () => Promise<unknown>): void {
    this.steps.push({ label, run });
  }

  async runAll(): Promise<void> {
    for (const step of this.steps.reverse()) {
      await step.run().catch((error: unknown) => console.warn(`  cleanup (${step.label}) failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
}

/** Settles with `work`, or rejects as soon as the signal aborts (the work is then cleaned up). */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
