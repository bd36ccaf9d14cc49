"use client";

import { Command } from "cmdk";
import type { usePaletteSearch } from "@/queries/search";
import { AnomalyStatusBadge, SeverityBadge } from "@/components/anomalies/AnomalyBadges";
import { anomalyHref } from "@/components/anomalies/anomalyHref";
import { DeploymentStatusBadge } from "@/components/deployments/DeploymentBadges";
import { deploymentHref } from "@/components/deployments/deploymentHref";
import { deviceHref } from "@/components/devices/deviceHref";
import { StateBadge } from "@/components/ui/StateBadge";
import { AnomaliesIcon, DeploymentsIcon, DevicesIcon } from "@/components/ui/icons";
import { PaletteItem, groupClass } from "./PaletteItem";
import { anomalyName, deploymentName } from "@/core/names";
import { rankDevices } from "./paletteEntries";

interface SearchResultsProps {
  results: ReturnType<typeof usePaletteSearch>;
  term: string;
  onOpen: (href: string) => void;
}

/** What the API found for the text: devices by id or hostname, deployments by release, anomalies by kind, ring or release. */
export function SearchResults({ results, term, onOpen }: SearchResultsProps) {
  const devices = rankDevices(results.devices.data ?? [], term);
  const deployments = results.deployments.data ?? [];
  const anomalies = results.anomalies.data ?? [];
  return (
    <>
      {devices.length > 0 ? (
        <Command.Group heading="Devices" className={groupClass}>
          {devices.map((device) => (
            <PaletteItem
              key={device.deviceId}
              value={`device:${device.deviceId}`}
              icon={DevicesIcon}
              title={device.deviceId}
              mono
              detail={device.hostname}
              aside={<StateBadge state={device.state} />}
              onSelect={() => onOpen(deviceHref(device.deviceId))}
            />
          ))}
        </Command.Group>
      ) : null}
      {deployments.length > 0 ? (
        <Command.Group heading="Deployments" className={groupClass}>
          {deployments.map((deployment) => (
            <PaletteItem
              key={deployment.id}
              value={`deployment:${deployment.id}`}
              icon={DeploymentsIcon}
              title={deploymentName(deployment)}
              aside={<DeploymentStatusBadge status={deployment.status} />}
              onSelect={() => onOpen(deploymentHref(deployment.id))}
            />
          ))}
        </Command.Group>
      ) : null}
      {anomalies.length > 0 ? (
        <Command.Group heading="Anomalies" className={groupClass}>
          {anomalies.map((anomaly) => (
            <PaletteItem
              key={anomaly.id}
              value={`anomaly:${anomaly.id}`}
              icon={AnomaliesIcon}
              title={anomalyName(anomaly)}
              aside={
                <>
                  <SeverityBadge severity={anomaly.severity} />
                  <AnomalyStatusBadge status={anomaly.status} />
                </>
              }
              onSelect={() => onOpen(anomalyHref(anomaly.id))}
            />
          ))}
        </Command.Group>
      ) : null}
    </>
  );
}
