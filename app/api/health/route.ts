import { API } from "@/schemas/api";
import { AppError } from "@/server/http/errors";
import { route } from "@/server/http/route";
import { ready } from "@/server/runtime";

export const dynamic = "force-dynamic";

export const GET = route(API.health, async () => {
  try {
    const db = await ready();
    await db.sql.query("SELECT 1");
  } catch (error) {
    console.error("[health] database not ready", error);
    throw new AppError(503, "unavailable", "The database is not ready yet.");
  }
  return { status: "ok" as const };
});
