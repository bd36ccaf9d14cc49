import type { Metadata } from "next";
import { NotFoundPage } from "@/components/status/StatusPage";

export const metadata: Metadata = { title: "Page not found" };

/** Outside the signed-in shell (unmatched addresses are caught inside it by app/(app)/[...missing]). */
export default function NotFound() {
  return <NotFoundPage standalone />;
}
