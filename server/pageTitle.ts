import "server-only";
import type { Metadata } from "next";
import { currentUser } from "./auth/session";
import type { Sql } from "./db/sql";
import { ready } from "./runtime";

/**
 * A detail page's tab title: "<name> · <section>" ("content 2024.07.19 → broad · Deployments", the
 * root layout adds "· Ringwatch"), "<thing> not found · <section>" for an unknown id. Someone not
 * signed in gets the section only: a title must not tell them what exists.
 */
export async function detailTitle(section: string, thing: string, lookUp: (sql: Sql) => Promise<string | null>): Promise<Metadata> {
  if (!(await currentUser())) return { title: section };
  const name = await lookUp((await ready()).sql);
  return { title: `${name ?? `${thing} not found`} · ${section}` };
}
