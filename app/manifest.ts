import type { MetadataRoute } from "next";
import { PNG_ICONS, SVG_ICON_PATH } from "@/components/ui/appIcons";
import { APP_BACKGROUND, LOGO_TILE_COLOUR } from "@/components/ui/logo";

/** /manifest.webmanifest: installable on a phone's home screen, for on-call staff. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Ringwatch",
    short_name: "Ringwatch",
    description: "Safe, ring-by-ring software rollouts for endpoint fleets",
    start_url: "/overview",
    display: "standalone",
    background_color: APP_BACKGROUND.light,
    theme_color: LOGO_TILE_COLOUR.light,
    icons: [
      { src: SVG_ICON_PATH, sizes: "any", type: "image/svg+xml", purpose: "any" },
      ...PNG_ICONS.filter((icon) => icon.inManifest).map((icon) => ({
        src: icon.path,
        sizes: `${icon.size}x${icon.size}`,
        type: "image/png",
        purpose: icon.purpose,
      })),
    ],
  };
}
