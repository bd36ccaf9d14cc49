"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "./Button";
import { FormError } from "./FormError";
import { controlBase, labelText, phoneActionButton } from "./styles";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  tone?: "primary" | "danger";
  /** Ask for a reason (recorded in the audit trail); `required` blocks confirming without one. */
  reason?: { label: string; required?: boolean; placeholder?: string };
  pending?: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: focus is trapped, Escape cancels, focus returns on close.
 * On phones it is a bottom sheet, its buttons full-width thumb targets; from `sm` up, a centred box.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, tone = "danger", reason, pending, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reasonText, setReasonText] = useState("");
  const titleId = useId();
  const reasonId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const reasonMissing = Boolean(reason?.required) && reasonText.trim() === "";

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reasonMissing) onConfirm(reasonText.trim());
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="mx-0 mt-auto mb-0 w-full max-w-none rounded-t-xl border border-slate-200 bg-white p-0 sm:m-auto sm:max-w-md sm:rounded-lg text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <form onSubmit={submit} className="space-y-3 p-5 max-sm:pb-[max(1.25rem,env(safe-area-inset-bottom))]">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        {children ? <div className="text-sm text-slate-600 dark:text-slate-300">{children}</div> : null}
        {reason ? (
          <div>
            <label htmlFor={reasonId} className={labelText}>
              {reason.label}
              {reason.required ? <span className="text-red-600"> *</span> : null}
            </label>
            <textarea
              id={reasonId}
              rows={3}
              value={reasonText}
              required={reason.required}
              placeholder={reason.placeholder}
              onChange={(event) => setReasonText(event.target.value)}
              className={`${controlBase} mt-1`}
            />
          </div>
        ) : null}
        <FormError error={error} />
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={onCancel} disabled={pending} className={phoneActionButton}>
            Cancel
          </Button>
          <Button type="submit" variant={tone} disabled={pending || reasonMissing} className={phoneActionButton}>
            {pending ? "Working…" : confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
