/** Device ids are free-form agent strings (slashes, spaces): always encode them into the path. */
export function deviceHref(deviceId: string): string {
  return `/devices/${encodeURIComponent(deviceId)}`;
}
