export interface LoopHandle {
  stop(): Promise<void>;
}

/**
 * Runs `pass` now and every `intervalMs`, never two at once (a slow pass delays the next one instead
 * of piling up); a failed pass is logged under `label` and the next one runs as usual.
 */
export function repeatEvery(intervalMs: number, label: string, pass: () => Promise<void>): LoopHandle {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = pass()
      .catch((error: unknown) => console.error(`[${label}] pass failed`, error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  run();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
