"use client";

import { Button } from "@/components/ui/Button";
import { controlBase } from "@/components/ui/styles";
import { MAX_STAGES, addStage, moveStage, removeStage, updateStage, type StageDraft } from "./stageDraft";

interface StageRowsEditorProps {
  stages: StageDraft[];
  ringNames: readonly string[];
  onChange: (stages: StageDraft[]) => void;
}

const ringOptions = (ringNames: readonly string[], current: string) => (current && !ringNames.includes(current) ? [...ringNames, current] : ringNames);

/** Ordered stage rows: ring and bake time, with add, remove and move up/down. */
export function StageRowsEditor({ stages, ringNames, onChange }: StageRowsEditorProps) {
  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">Stages, in order</legend>
      <ol className="mt-1 space-y-1.5">
        {stages.map((stage, index) => {
          const n = index + 1;
          return (
            <li key={stage.key} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-800">
              <span className="w-5 text-right text-xs tabular-nums text-slate-500 dark:text-slate-400">{n}.</span>
              <select
                aria-label={`Stage ${n} ring`}
                value={stage.ring}
                onChange={(e) => onChange(updateStage(stages, index, { ring: e.target.value }))}
                className={`${controlBase} w-40 py-1`}
              >
                {ringOptions(ringNames, stage.ring).map((ring) => (
                  <option key={ring} value={ring}>
                    {ring}
                  </option>
                ))}
              </select>
              <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
                <span>Bake</span>
                <input
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  aria-label={`Stage ${n} bake time (minutes)`}
                  value={stage.bakeMinutes}
                  onChange={(e) => onChange(updateStage(stages, index, { bakeMinutes: e.target.value }))}
                  className={`${controlBase} w-20 py-1 tabular-nums`}
                />
                <span>min</span>
              </label>
              <span className="ml-auto flex gap-1">
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move stage ${n} (${stage.ring}) up`}
                  disabled={index === 0}
                  onClick={() => onChange(moveStage(stages, index, -1))}
                >
                  ↑
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move stage ${n} (${stage.ring}) down`}
                  disabled={index === stages.length - 1}
                  onClick={() => onChange(moveStage(stages, index, 1))}
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove stage ${n} (${stage.ring})`}
                  disabled={stages.length === 1}
                  onClick={() => onChange(removeStage(stages, index))}
                >
                  Remove
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      <Button size="sm" className="mt-2" disabled={stages.length >= MAX_STAGES} onClick={() => onChange(addStage(stages, ringNames))}>
        Add stage
      </Button>
    </fieldset>
  );
}
