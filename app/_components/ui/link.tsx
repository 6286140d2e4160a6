// Every in-app link: client-side navigation, no prefetching. The app's pages are dynamic with no loading boundaries,
// so a prefetch fetches only a route tree, and a list page sent one per visible row (~40 per dashboard view).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
