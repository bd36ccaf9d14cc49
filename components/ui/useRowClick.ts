"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";

/** Whole-row click for mouse users; the row's own link stays the keyboard and middle-click path. */
export function useRowClick() {
  const router = useRouter();
  return (event: MouseEvent<HTMLElement>, href: string) => {
    const target = event.target as HTMLElement;
    if (target.closest("a, button") || window.getSelection()?.toString()) return;
    router.push(href);
  };
}
