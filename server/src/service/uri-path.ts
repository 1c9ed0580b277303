/** The path part of a URI, decoded, for glob matching: `file:///a/b%20c.md` → `/a/b c.md`. */
export function uriPath(uri: string): string {
  const m = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?(.*)$/i.exec(uri);
  const raw = m ? m[1]! : uri;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
