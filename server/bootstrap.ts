import { randomBytes } from "node:crypto";
import { displayPrefix, hashApiKey } from "./auth/apiKeys";
import { hashPassword } from "./auth/passwords";
import { shareWithNextAuth } from "./config";
import type { Database } from "./db/database";

const SESSION_SECRET_KEY = "session_secret";

/** Sessions must outlive restarts, so without NEXTAUTH_SECRET the signing secret is generated once and kept in the database. */
export async function ensureSessionSecret(db: Database, configured: string | undefined): Promise<void> {
  shareWithNextAuth(configured ?? (await storedSessionSecret(db)));
}

async function storedSessionSecret(db: Database): Promise<string> {
  await db.sql.query("INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
    SESSION_SECRET_KEY,
    randomBytes(32).toString("base64url"),
  ]);
  const [row] = await db.sql.query<{ value: string }>("SELECT value FROM app_settings WHERE key = $1", [SESSION_SECRET_KEY]);
  return row.value;
}

export async function ensureBootstrapApiKey(db: Database, secret: string | undefined): Promise<void> {
  if (!secret) return;
  await db.sql.query(
    `INSERT INTO api_keys (name, prefix, secret_hash, scopes, created_by)
     VALUES ('bootstrap', $1, $2, ARRAY['admin'], 'RINGWATCH_BOOTSTRAP_API_KEY')
     ON CONFLICT (secret_hash) DO UPDATE SET scopes = ARRAY['admin'], revoked_at = NULL`,
    [displayPrefix(secret), hashApiKey(secret)],
  );
}

export async function ensureAdminUser(db: Database, email: string | undefined, password: string | undefined): Promise<void> {
  if (!email || !password) return;
  const normalized = email.trim().toLowerCase();
  const existing = await db.prisma.user.findUnique({ where: { email: normalized } });
  if (existing && existing.role === "admin" && !existing.disabledAt) return;
  const passwordHash = existing?.passwordHash ?? (await hashPassword(password));
  await db.prisma.user.upsert({
    where: { email: normalized },
    create: { email: normalized, name: "Administrator", passwordHash, role: "admin" },
    update: { role: "admin", disabledAt: null },
  });
}
