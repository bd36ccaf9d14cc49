import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";

/** Shown to signed-in users without the admin role; the API refuses them too (403). */
export function AdminOnly({ role }: { role: string }) {
  return (
    <Card>
      <EmptyState title="403 · Admins only">
        Settings manage users, API keys and rings, which needs the <strong>admin</strong> role. You are signed in as <strong>{role}</strong>. Ask an
        administrator if you need access.
      </EmptyState>
    </Card>
  );
}
