"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { Role } from "@/queries/access";
import { MIN_SEARCH_LENGTH, usePaletteSearch } from "@/queries/search";
import { NAV_ITEMS } from "@/components/shell/navigation";
import { Keys, kbdClass } from "@/components/keyboard/Keys";
import { strokeOf } from "@/components/keyboard/keySequence";
import { usePlatform } from "@/components/keyboard/usePlatform";
import { KeyboardIcon, SearchIcon, SettingsIcon } from "@/components/ui/icons";
import { useDebouncedValue } from "@/components/ui/useDebouncedValue";
import { useModalDialog } from "@/components/ui/useModalDialog";
import { PaletteItem, groupClass } from "./PaletteItem";
import { SearchResults } from "./SearchResults";
import { matchPages, pagesFor, type PageEntry } from "./paletteEntries";

/** Long enough to skip the requests of a word still being typed, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 200;
const SHORTCUTS_ITEM = { label: "Keyboard shortcuts", words: ["keyboard", "shortcuts", "keys", "help"] };

const iconOf = (page: PageEntry) => NAV_ITEMS.find((item) => item.href === page.href)?.icon ?? SettingsIcon;

interface CommandPaletteProps {
  open: boolean;
  role: Role;
  onClose: () => void;
  onShowShortcuts: () => void;
}

/**
 * Ctrl+K / ⌘K: jump to a page, or to a device, deployment or anomaly found as you type. A native
 * modal <dialog> (focus trapped, Escape closes, focus returns) around cmdk's combobox and listbox.
 * Its content mounts on open, so each opening starts with an empty search.
 */
export function CommandPalette({ open, role, onClose, onShowShortcuts }: CommandPaletteProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useModalDialog(open, inputRef);
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click on the backdrop closes, for the mouse; Escape (the dialog's cancel) is the keyboard's way
    <dialog
      ref={dialogRef}
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === event.currentTarget && onClose()}
      className="mx-auto mt-[12vh] w-[calc(100%-2rem)] max-w-xl overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open ? <PaletteBody role={role} inputRef={inputRef} onClose={onClose} onShowShortcuts={onShowShortcuts} /> : null}
    </dialog>
  );
}

function PaletteBody({ role, inputRef, onClose, onShowShortcuts }: Omit<CommandPaletteProps, "open"> & { inputRef: RefObject<HTMLInputElement | null> }) {
  const router = useRouter();
  const platform = usePlatform();
  const [text, setText] = useState("");
  const typed = text.trim();
  const term = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const results = usePaletteSearch(term);
  const pages = matchPages(pagesFor(role), typed);
  const searches = [results.devices, results.deployments, results.anomalies];
  // Results of an older text are hidden, so Enter never opens something found for a word half typed.
  const current = results.enabled && term === typed;
  const searching = typed.length >= MIN_SEARCH_LENGTH && (!current || searches.some((s) => s.isPending && s.fetchStatus === "fetching"));
  const failed = current ? searches.filter((s) => s.isError) : [];
  const showShortcutsItem =
    typed === "" ||
    SHORTCUTS_ITEM.words.some((word) =>
      typed
        .toLowerCase()
        .split(/\s+/)
        .every((w) => word.startsWith(w)),
    );

  function openHref(href: string) {
    onClose();
    router.push(href);
  }

  function closeOnToggle(event: KeyboardEvent) {
    if (strokeOf(event) !== "Mod+k") return;
    event.preventDefault();
    onClose();
  }

  return (
    <Command label="Command palette" shouldFilter={false} vimBindings={false} loop onKeyDown={closeOnToggle}>
      <div className="flex items-center gap-2 border-b border-slate-200 px-3.5 dark:border-slate-800">
        <SearchIcon className="size-4 shrink-0 text-slate-400" />
        <Command.Input
          ref={inputRef}
          value={text}
          onValueChange={setText}
          placeholder="Search devices, deployments, anomalies, or go to a page…"
          className="h-12 min-w-0 flex-1 bg-transparent text-[15px] text-slate-900 outline-none placeholder:text-slate-400 dark:text-slate-100 dark:placeholder:text-slate-500"
        />
        <kbd className={kbdClass}>Esc</kbd>
      </div>
      <Command.List label="Results" className="max-h-[min(60vh,26rem)] scroll-py-2 overflow-y-auto overscroll-contain p-1.5">
        {pages.length > 0 ? (
          <Command.Group heading="Pages" className={groupClass}>
            {pages.map((page) => (
              <PaletteItem
                key={page.href}
                value={`page:${page.href}`}
                icon={iconOf(page)}
                title={page.section ? `${page.section} › ${page.label}` : page.label}
                aside={page.goLetter ? <Keys keys={["g", page.goLetter]} platform={platform} /> : null}
                onSelect={() => openHref(page.href)}
              />
            ))}
          </Command.Group>
        ) : null}
        {current ? <SearchResults results={results} term={term} onOpen={openHref} /> : null}
        {showShortcutsItem ? (
          <Command.Group heading="Help" className={groupClass}>
            <PaletteItem
              value="help:shortcuts"
              icon={KeyboardIcon}
              title={SHORTCUTS_ITEM.label}
              aside={<Keys keys={["?"]} platform={platform} />}
              onSelect={onShowShortcuts}
            />
          </Command.Group>
        ) : null}
        {searching ? (
          <Command.Loading className="px-2.5 py-3 text-sm text-slate-500 dark:text-slate-400">Searching devices, deployments and anomalies…</Command.Loading>
        ) : null}
        {!searching && failed.length === 0 ? (
          <Command.Empty className="px-2.5 py-6 text-center text-sm text-slate-500 dark:text-slate-400">
            No page, device, deployment or anomaly matches “{typed}”.
          </Command.Empty>
        ) : null}
      </Command.List>
      <PaletteFooter failures={failed.map((s) => s.error?.message ?? "unknown error")} short={typed.length > 0 && typed.length < MIN_SEARCH_LENGTH} />
    </Command>
  );
}

function PaletteFooter({ failures, short }: { failures: string[]; short: boolean }) {
  return (
    <div className="border-t border-slate-200 px-3.5 py-2 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
      <div role="status">
        {failures.length > 0 ? (
          <p className="mb-1 text-red-700 dark:text-red-400">Search failed: {[...new Set(failures)].join("; ")}. Pages still work.</p>
        ) : null}
        {short ? <p className="mb-1">Type {MIN_SEARCH_LENGTH} characters or more to search devices, deployments and anomalies.</p> : null}
      </div>
      <p className="flex flex-wrap gap-x-3">
        <span>
          <kbd className={kbdClass}>↑</kbd> <kbd className={kbdClass}>↓</kbd> move
        </span>
        <span>
          <kbd className={kbdClass}>Enter</kbd> open
        </span>
        <span>
          <kbd className={kbdClass}>Esc</kbd> close
        </span>
      </p>
    </div>
  );
}
