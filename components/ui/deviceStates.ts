import type { DeviceState } from "@/queries/devices";
import type { BadgeTone } from "./Badge";

interface DeviceStateLook {
  label: string;
  tone: BadgeTone;
  /** Chart fill; mid-tone so it reads on light and dark backgrounds. */
  chartColor: string;
  description: string;
}

export const DEVICE_STATE_LOOK: Record<DeviceState, DeviceStateLook> = {
  healthy: { label: "Healthy", tone: "success", chartColor: "#10b981", description: "Heartbeating on schedule" },
  crashed: { label: "Crashed", tone: "danger", chartColor: "#ef4444", description: "Kernel or agent crash since the last heartbeat" },
  boot_loop: { label: "Boot loop", tone: "warning", chartColor: "#f59e0b", description: "Rebooting repeatedly" },
  silent: { label: "Silent", tone: "muted", chartColor: "#94a3b8", description: "Missed three heartbeat intervals" },
};

export const DEVICE_STATES = Object.keys(DEVICE_STATE_LOOK) as DeviceState[];
