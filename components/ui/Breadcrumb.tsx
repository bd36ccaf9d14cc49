import Link from "next/link";
import { focusRing } from "./styles";
import { CopyId } from "./CopyId";

/** "Deployments / content 2024.07.19 → broad [a9e966ac]": the section, the thing's name, and its id to copy. */
export function Breadcrumb({ section, href, name, id }: { section: string; href: string; name: string; id: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-1 flex min-w-0 items-center gap-1 text-xs text-slate-500 dark:text-slate-400">
      <Link href={href} className={`shrink-0 rounded hover:text-slate-800 hover:underline dark:hover:text-slate-200 ${focusRing}`}>
        {section}
      </Link>
      <span aria-hidden="true">/</span>
      <span aria-current="page" className="min-w-0 truncate" title={name}>
        {name}
      </span>
      <CopyId id={id} />
    </nav>
  );
}
