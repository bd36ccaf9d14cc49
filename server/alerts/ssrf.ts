/**
 * Webhook URLs are typed by admins but requested by the server: without this guard a webhook could
 * reach the cloud metadata service or anything on the private network. Every address a host
 * resolves to is checked, and the connection goes to a checked address (custom lookup), so DNS
 * rebinding between check and connect does not help. Redirects are never followed.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { appConfig, type AppConfig } from "../config";

/** RINGWATCH_WEBHOOK_ALLOW_HOSTS: lower-case `host:port` entries that may be private on purpose. */
export type AllowListSettings = Pick<AppConfig, "RINGWATCH_WEBHOOK_ALLOW_HOSTS">;

export class SsrfRefusal extends Error {}

/** Azure's virtual host (DHCP, DNS, health probes, the VM agent's wire server); reachable from every Azure VM. */
const AZURE_HOST_ADDRESS = "168.63.129.16";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
  [AZURE_HOST_ADDRESS, 32],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
// ::/96 (IPv4-compatible, deprecated) and 2002::/16 (6to4) carry an IPv4 address a relay or the
// host's stack may route to; neither has a legitimate webhook use, so the whole ranges are refused
// rather than judged by the IPv4 inside. 64:ff9b::/96 and 64:ff9b:1::/48 are NAT64 prefixes whose
// gateway reaches IPv4 from inside the network. 100::/64 is discard-only.
for (const [net, prefix] of [
  ["::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["100::", 64],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** IPv4 written inside IPv6 (::ffff:10.0.0.1, ::ffff:a00:1) is judged as the IPv4 address it is. */
function embeddedIpv4(address: string): string | null {
  const mapped = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!mapped) return null;
  if (isIP(mapped[1]) === 4) return mapped[1];
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(mapped[1]);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Why an address may not be reached, or null when it is a public address. */
export function forbiddenAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0];
  const v4 = isIP(bare) === 4 ? bare : embeddedIpv4(bare);
  if (v4) return blocked.check(v4, "ipv4") ? `${address} is a loopback, private, link-local, shared, reserved or cloud-host address` : null;
  if (isIP(bare) !== 6) return `${address} is not an IP address`;
  return blocked.check(bare, "ipv6") ? `${address} is a loopback, private, link-local or reserved address` : null;
}

export function hostPort(url: URL): string {
  return `${url.hostname.toLowerCase()}:${url.port || (url.protocol === "https:" ? "443" : "80")}`;
}

export function isAllowListed(url: URL, settings: AllowListSettings = appConfig()): boolean {
  return settings.RINGWATCH_WEBHOOK_ALLOW_HOSTS.has(hostPort(url));
}

/** Throws SsrfRefusal unless the URL is http(s) and every address of its host is public (or it is allow-listed). */
export async function assertPublicUrl(raw: string, settings: AllowListSettings = appConfig()): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SsrfRefusal("The webhook URL is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new SsrfRefusal("Webhook URLs must be http or https.");
  if (url.username || url.password) throw new SsrfRefusal("Webhook URLs may not carry a user name or password.");
  if (isAllowListed(url, settings)) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : await resolveAll(host);
  for (const address of addresses) {
    const reason = forbiddenAddressReason(address);
    if (reason) throw new SsrfRefusal(`Refusing ${hostPort(url)}: ${reason}. List it in RINGWATCH_WEBHOOK_ALLOW_HOSTS to allow it.`);
  }
  return url;
}

async function resolveAll(host: string): Promise<string[]> {
  try {
    return (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new SsrfRefusal(`Cannot resolve ${host}.`);
  }
}

/** A socket lookup that resolves, refuses the whole host if any address is forbidden, and connects only to checked ones. */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { all: true, verbatim: true, family: options.family as 0 | 4 | 6 | undefined })
    .then((found) => {
      const reason = found.map((a) => forbiddenAddressReason(a.address)).find(Boolean);
      if (reason) throw new SsrfRefusal(`Refusing ${hostname}: ${reason}.`);
      if (found.length === 0) throw new SsrfRefusal(`Cannot resolve ${hostname}.`);
      if (options.all) (callback as unknown as (e: null, a: typeof found) => void)(null, found);
      else callback(null, found[0].address, found[0].family);
    })
    .catch((error: Error) => callback(error as NodeJS.ErrnoException, "", 0));
};
