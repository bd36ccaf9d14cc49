import { Badge } from "@/components/ui/Badge";

export function RingLabel({ ring, pinned }: { ring: string | null; pinned: boolean }) {
  if (!ring) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <span className="inline-flex items-center gap-1">
      {ring}
      {pinned ? (
        <Badge tone="neutral" title="Pinned to this ring by its heartbeats">
          pinned
        </Badge>
      ) : null}
    </span>
  );
}
