import type { Role } from "@/queries/access";
import { Badge } from "@/components/ui/Badge";
import { SignOutButton } from "./SignOutButton";
import { ThemeToggle } from "./ThemeToggle";

/** Who is signed in, with sign-out and the theme switch: the sidebar's foot, and the drawer's on phones. */
export function AccountPanel({ user }: { user: { email: string; role: Role } }) {
  return (
    <div className="border-t border-slate-200 p-3 dark:border-slate-800">
      <p className="truncate text-xs font-medium text-slate-800 dark:text-slate-200" title={user.email}>
        {user.email}
      </p>
      <div className="mt-1">
        <Badge tone="info">{user.role}</Badge>
      </div>
      <div className="mt-2 flex items-center justify-between">
        <SignOutButton />
        <ThemeToggle />
      </div>
    </div>
  );
}
