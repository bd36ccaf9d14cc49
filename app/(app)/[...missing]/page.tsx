import { notFound } from "next/navigation";

/** Any address no page answers: the 404 inside the signed-in shell (app/(app)/not-found.tsx). */
export default function MissingPage() {
  notFound();
}
