import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { APPLE_TOUCH_ICON_PATH, ICO_PATH, SVG_ICON_PATH } from "@/components/ui/appIcons";
import { APP_BACKGROUND } from "@/components/ui/logo";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ringwatch", template: "%s · Ringwatch" },
  description: "Safe, ring-by-ring software rollouts for endpoint fleets",
  icons: {
    icon: [
      { url: ICO_PATH, sizes: "48x48" },
      { url: SVG_ICON_PATH, type: "image/svg+xml" },
    ],
    apple: APPLE_TOUCH_ICON_PATH,
  },
};

// The browser's own bars take the page's background in each theme.
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: APP_BACKGROUND.light },
    { media: "(prefers-color-scheme: dark)", color: APP_BACKGROUND.dark },
  ],
};

// Applies the saved theme before first paint so dark mode does not flash white.
const themeScript = `try{var t=localStorage.getItem("ringwatch-theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans text-sm">{children}</body>
    </html>
  );
}
