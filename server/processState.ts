/**
 * One value per process. Next bundles route handlers, pages and instrumentation separately, so a
 * plain module-level Map exists once per bundle: caches that are invalidated (users, API keys, the
 * rollout plan) or that count (rate limits) must live on globalThis to be shared.
 */
export function processWide<T>(key: string, create: () => T): T {
  const store = globalThis as typeof globalThis & { __ringwatch?: Map<string, unknown> };
  store.__ringwatch ??= new Map();
  if (!store.__ringwatch.has(key)) store.__ringwatch.set(key, create());
  return store.__ringwatch.get(key) as T;
}
