"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useCreateDeployment } from "@/queries/deployments";
import { useReleases } from "@/queries/releases";
import { useRingNames } from "@/queries/rings";
import type { Release } from "@/queries/rollouts";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { SelectField } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FormError";
import { focusRing } from "@/components/ui/styles";
import { StageRowsEditor } from "./StageRowsEditor";
import { deploymentHref } from "./deploymentHref";
import { defaultStages, stageProblems, toStagesInput, type StageDraft } from "./stageDraft";

const releaseLabel = (release: Release) => `${release.component} ${release.version}`;

interface StartDeploymentFormProps {
  /** Preselected release, e.g. the one just created. */
  initialReleaseId?: string;
  onNewRelease: () => void;
  onClose: () => void;
}

export function StartDeploymentForm({ initialReleaseId, onNewRelease, onClose }: StartDeploymentFormProps) {
  const router = useRouter();
  const releases = useReleases();
  const ringNames = useRingNames();
  const createDeployment = useCreateDeployment();
  const [chosenReleaseId, setReleaseId] = useState(initialReleaseId ?? "");
  const [stages, setStages] = useState<StageDraft[]>(() => defaultStages(ringNames));
  const [autoPause, setAutoPause] = useState(true);

  const releaseOptions = (releases.data ?? []).map((r) => ({ value: r.id, label: releaseLabel(r) }));
  const releaseId = chosenReleaseId || releaseOptions[0]?.value || "";
  const problems = stageProblems(stages);
  const notes = releases.data?.find((r) => r.id === releaseId)?.notes;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!releaseId || problems.length > 0) return;
    createDeployment.mutate({ releaseId, stages: toStagesInput(stages), autoPause }, { onSuccess: (deployment) => router.push(deploymentHref(deployment.id)) });
  }

  function releasePicker() {
    if (releases.isPending) return <p className="text-sm text-slate-500 dark:text-slate-400">Loading releases…</p>;
    if (releases.isError) return <FormError error={releases.error} />;
    if (releaseOptions.length === 0) {
      return (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No releases yet.{" "}
          <button type="button" onClick={onNewRelease} className={`rounded font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}>
            Create one first
          </button>
          .
        </p>
      );
    }
    return <SelectField label="Release" options={releaseOptions} value={releaseId} hint={notes ?? undefined} onChange={(e) => setReleaseId(e.target.value)} />;
  }

  return (
    <Card labelledBy="start-deployment-heading">
      <CardHeader
        id="start-deployment-heading"
        title="Start deployment"
        description="The first stage starts at once; each later stage starts when the one before has baked with a healthy gate."
        actions={
          <Button size="sm" variant="ghost" onClick={onClose}>
            Close
          </Button>
        }
      />
      <form onSubmit={submit} className="space-y-3 p-4">
        <div className="max-w-md">{releasePicker()}</div>
        <StageRowsEditor stages={stages} ringNames={ringNames} onChange={setStages} />
        <label className="flex w-fit cursor-pointer items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={autoPause}
            onChange={(e) => setAutoPause(e.target.checked)}
            className={`mt-0.5 size-3.5 accent-indigo-600 ${focusRing}`}
          />
          <span>
            <span className="font-medium text-slate-900 dark:text-slate-100">Pause automatically</span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">When a critical anomaly is raised against this deployment.</span>
          </span>
        </label>
        {problems.length > 0 ? (
          <ul aria-live="polite" className="list-disc pl-5 text-xs text-amber-800 dark:text-amber-300">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        <FormError error={createDeployment.error} />
        <Button type="submit" variant="primary" disabled={createDeployment.isPending || !releaseId || problems.length > 0}>
          {createDeployment.isPending ? "Starting…" : "Start deployment"}
        </Button>
      </form>
    </Card>
  );
}
