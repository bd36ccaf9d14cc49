"use client";

import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime } from "@/components/ui/time";
import { useNow } from "@/components/ui/useNow";
import { useUrlFilters } from "@/components/ui/useUrlFilters";
import { FleetOverview } from "./FleetOverview";
import { OverviewHistory, WeekSummaryLine } from "./OverviewHistory";
import { RolloutOverview } from "./RolloutOverview";
import { HISTORY_DAY_CHOICES, historyDaysSearch, parseHistoryDays } from "./historyView";
import { usePrintLight } from "./usePrintLight";

const DAY_OPTIONS = HISTORY_DAY_CHOICES.map((d) => ({ value: String(d), label: `Last ${d} days` }));

/** The overview as one report: this week on top, the live state, then the period's history; prints on one or two pages. */
export function OverviewReport() {
  const { filters, setFilters } = useUrlFilters(parseHistoryDays, historyDaysSearch);
  const now = useNow();
  usePrintLight();
  const actions = (
    <div data-print-hide className="flex items-end gap-2">
      <SelectField
        label="History"
        options={DAY_OPTIONS}
        value={String(filters.days)}
        onChange={(e) => setFilters(parseHistoryDays(new URLSearchParams({ days: e.target.value })))}
        wrapperClassName="w-40 [&_select]:h-8"
      />
      <Button onClick={() => window.print()}>Print</Button>
    </div>
  );
  return (
    <>
      <PageHeader
        title="Overview"
        description={
          <>
            <span className="print:hidden">Rings, rollouts and fleet health at a glance, and what changed. Refreshes every 10 seconds.</span>
            <span className="hidden print:inline">
              Fleet report, last {filters.days} days, as of {formatDateTime(new Date(now).toISOString())}
            </span>
          </>
        }
        actions={actions}
      />
      <div className="space-y-6 print:space-y-3">
        <WeekSummaryLine days={filters.days} />
        <RolloutOverview />
        <FleetOverview />
        <OverviewHistory days={filters.days} />
      </div>
    </>
  );
}
