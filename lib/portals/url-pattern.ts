/**
 * A portal's address as an admin writes it: a WebExtension match pattern that may also name a
 * port, because intranet portals live at `10.12.3.4:8080/fpjc/`. `*://host:port/path*`; the
 * scheme is `*`, `http` or `https`; the host `*`, `*.domain` or exact; the port a number, or
 * absent for any; `*` in the path matches anything.
 */
export interface UrlPattern {
  readonly text: string;
  readonly schemes: readonly string[];
  /** Lower case; '' for any host. */
  readonly host: string;
  /** Whether subdomains of `host` match too (`*.example.com`). */
  readonly subdomains: boolean;
  /** Null for any port. */
  readonly port: number | null;
  readonly path: RegExp;
}

const SHAPE = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?(\/.*)$/i;
const HOST_LABELS = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The pattern, or why it is not one. */
export function parseUrlPattern(text: string): UrlPattern | string {
  const groups = SHAPE.exec(text.trim());
  if (!groups) return 'not scheme://host/path, scheme * or http(s)';
  const [, scheme = '', hostPart = '', portText, path = '/'] = groups;
  const subdomains = hostPart.startsWith('*.');
  const host = hostPart === '*' ? '' : hostPart.replace(/^\*\./, '').toLowerCase();
  if (host !== '' && !host.startsWith('[') && !HOST_LABELS.test(host)) return `bad host "${hostPart}"`;
  const port = portText === undefined ? null : Number(portText);
  if (port !== null && (port < 1 || port > 65535)) return `bad port ${portText}`;
  return {
    text,
    schemes: scheme === '*' ? ['http:', 'https:'] : [`${scheme.toLowerCase()}:`],
    host,
    subdomains,
    port,
    path: new RegExp(`^${escapeRegex(path).replace(/\*/g, '.*')}$`),
  };
}

const defaultPort = (url: URL) => (url.protocol === 'https:' ? 443 : 80);

export function urlPatternIncludes(pattern: UrlPattern, url: URL): boolean {
  if (!pattern.schemes.includes(url.protocol)) return false;
  const host = url.hostname.toLowerCase();
  if (pattern.host !== '' && host !== pattern.host && !(pattern.subdomains && host.endsWith(`.${pattern.host}`)))
    return false;
  if (pattern.port !== null && pattern.port !== (url.port === '' ? defaultPort(url) : Number(url.port))) return false;
  return pattern.path.test(url.pathname + url.search);
}
