"use client";

import { MoonIcon, SunIcon } from "@/components/ui/icons";
import { Button } from "@/components/ui/Button";
import { applyTheme, useTheme } from "./themeStore";

export function ThemeToggle() {
  const theme = useTheme();
  const next = theme === "dark" ? "light" : "dark";
  return (
    <Button variant="ghost" size="sm" onClick={() => applyTheme(next)} aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`}>
      {theme === "dark" ? <SunIcon /> : <MoonIcon />}
    </Button>
  );
}
