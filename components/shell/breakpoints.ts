/**
 * Where the shell switches from the phone's top bar and drawer to the fixed sidebar: Tailwind's `lg`
 * (64rem). The classes say `lg:`; scripts that need the same line in JavaScript read it here.
 */
export const SIDEBAR_MEDIA_QUERY = "(min-width: 64rem)";
