"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/Button";
import { SignOutIcon } from "@/components/ui/icons";

export function SignOutButton() {
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOut({ callbackUrl: "/login" })}>
      <SignOutIcon />
      Sign out
    </Button>
  );
}
