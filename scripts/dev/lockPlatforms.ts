/**
 * The npm registry mirror on our build machines serves only the Linux builds of platform-specific
 * optional packages (Next's SWC, Tailwind's oxide...), so `npm install` leaves the others out of
 * package-lock.json and `npm ci` then refuses the lock as out of sync. This adds lock entries for the
 * missing platforms (optional, with their os/cpu, never fetched on Linux) so `npm ci` works everywhere.
 *   tsx scripts/dev/lockPlatforms.ts name@ [name@ ...]   (names as `npm ci` lists them as "Missing")
 */
import { readFileSync, writeFileSync } from "node:fs";

type LockPackage = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> };
const LOCK = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCK, "utf8")) as { packages: Record<string, LockPackage> };

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "sunos", "aix"];
const CPU: Record<string, string> = {
  arm64: "arm64",
  x64: "x64",
  arm: "arm",
  ia32: "ia32",
  wasm32: "wasm32",
  riscv64: "riscv64",
  ppc64: "ppc64",
  s390x: "s390x",
};

function platformOf(name: string): { os?: string[]; cpu?: string[] } {
  const parts = name.split("/").pop()?.split("-") ?? [];
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

for (const arg of process.argv.slice(2)) {
  const name = arg.replace(/@$/, "");
  const parent = Object.values(lock.packages).find((p) => p.optionalDependencies?.[name]);
  if (!parent?.optionalDependencies) throw new Error(`no package in the lock has ${name} as an optional dependency`);
  lock.packages[`node_modules/${name}`] = { version: parent.optionalDependencies[name], optional: true, ...platformOf(name) };
  console.log(`added ${name}@${parent.optionalDependencies[name]} ${JSON.stringify(platformOf(name))}`);
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
