import type { ReactNode } from "react";

export function EmptyState({ title, children, action, icon }: { title: string; children?: ReactNode; action?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center px-6 py-12 text-center">
      {icon ? (
        <div aria-hidden="true" className="mb-3 text-slate-400 dark:text-slate-500">
          {icon}
        </div>
      ) : null}
      <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      {children ? <div className="mt-1 max-w-lg text-sm text-slate-500 dark:text-slate-400">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
