/** The settings pages, for the tabs above them and the command palette. */
export const SETTINGS_SECTIONS: readonly { href: string; label: string }[] = [
  { href: "/settings/users", label: "Users" },
  { href: "/settings/api-keys", label: "API keys" },
  { href: "/settings/rings", label: "Rings" },
  { href: "/settings/webhooks", label: "Webhooks" },
];
