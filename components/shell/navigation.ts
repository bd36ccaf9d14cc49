import type { ComponentType } from "react";
import type { Role } from "@/queries/access";
import { AnomaliesIcon, AuditIcon, BellIcon, DeploymentsIcon, DevicesIcon, OverviewIcon, RemediationIcon, SettingsIcon } from "@/components/ui/icons";

export interface NavItem {
  href: string;
  label: string;
  icon: ComponentType<{ className?: string }>;
  /** Roles that see the item; every role when absent. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/overview", label: "Overview", icon: OverviewIcon },
  { href: "/deployments", label: "Deployments", icon: DeploymentsIcon },
  { href: "/anomalies", label: "Anomalies", icon: AnomaliesIcon },
  { href: "/remediation", label: "Remediation", icon: RemediationIcon },
  { href: "/alerts", label: "Alerts", icon: BellIcon },
  { href: "/devices", label: "Devices", icon: DevicesIcon },
  { href: "/audit", label: "Audit log", icon: AuditIcon },
  { href: "/settings", label: "Settings", icon: SettingsIcon, roles: ["admin"] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

/** A section is active on its own page and on every page below it (/devices/abc under /devices). */
export function isActiveSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
