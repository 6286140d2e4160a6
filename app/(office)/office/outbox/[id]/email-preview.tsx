// The rendered e-mail in a sandboxed iframe: no scripts, no same-origin access; its links open the app in a new tab.
const BASE_TARGET = '<base target="_blank">';

/** Makes every link of the message open outside the frame. */
function withLinksInNewTab(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${BASE_TARGET}${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${BASE_TARGET}${html.slice(end)}`;
}

export function EmailPreview({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      title={title}
      srcDoc={withLinksInNewTab(html)}
      sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
      referrerPolicy="no-referrer"
      className="block h-[44rem] w-full rounded-b-card bg-white"
    />
  );
}
