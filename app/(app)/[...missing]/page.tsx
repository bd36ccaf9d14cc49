import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Page not found" };

/** Any address no page answers: the 404 inside the signed-in shell (app/(app)/not-found.tsx). */
export default function MissingPage() {
  notFound();
}
