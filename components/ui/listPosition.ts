const numberFormat = new Intl.NumberFormat("en-US");

export interface ListPosition {
  pageIndex: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  /** What the API counted for the filters; absent while an older API answers without it. */
  total?: number;
  totalIsLowerBound?: boolean;
}

/**
 * "1–50 of 2,000": where this page sits in the list (the cursor trail gives the page index). The
 * count is capped server-side, so a lower bound reads "10,000+". A list that grew between the page
 * and its count never shows a total smaller than the rows already paged through.
 */
export function listPosition({ pageIndex, pageSize, shown, total, totalIsLowerBound }: ListPosition): string {
  if (shown === 0) return "";
  const first = pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + shown;
  const range = `${numberFormat.format(first)}–${numberFormat.format(last)}`;
  if (total === undefined) return range;
  return `${range} of ${numberFormat.format(Math.max(total, last))}${totalIsLowerBound ? "+" : ""}`;
}
