/**
 * Pragmatic e-mail and website checks for contact data typed or pasted by sales staff. Not full
 * RFC 5321/3986: quoted local parts, IP-literal hosts and non-web schemes are refused on purpose.
 */
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
// A top-level domain has a letter; this refuses dotted IP addresses.
const TLD = /^(?:\p{L}[\p{L}\p{N}-]*|xn--[a-z\d-]+)$/u;

/** Chinese input methods type 。 for a dot; IDNA treats it as one too. */
function tidyDomain(domain: string): string {
  return domain.replace(/\u3002/g, '.').toLowerCase();
}

function isDomainName(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(tld);
}

/**
 * NFKC (full-width ＠ and letters → ASCII), trim, lower-case the domain (the local part is kept
 * as typed: it may be case-sensitive). Null when it does not look like a deliverable address.
 */
export function normaliseEmail(input: string): string | null {
  const s = input.normalize('NFKC').trim();
  const at = s.lastIndexOf('@');
  if (at <= 0 || s.length > 254) return null;
  const local = s.slice(0, at);
  const domain = tidyDomain(s.slice(at + 1));
  if (local.length > 64 || !LOCAL_PART.test(local) || !isDomainName(domain)) return null;
  return `${local}@${domain}`;
}

const SCHEME = /^([a-z][a-z\d+.-]*):(.*)$/is;
// `www.x.com:8080/…` looks like a scheme to SCHEME; a port after the colon says it is not.
const PORT_AFTER_COLON = /^\d+(?:[/?#]|$)/;

/**
 * Accepts `www.x.com`, `x.com/path`, `http(s)://…`; adds `https://` when no scheme is given.
 * Refuses spaces, other schemes (`javascript:`, `data:`, `ftp:`), credentials in the URL and
 * hosts without a dot. Returns the WHATWG-serialised URL (so an IDN host comes back punycoded)
 * without the bare trailing `/`.
 */
export function normaliseWebsite(input: string): string | null {
  const s = input.normalize('NFKC').trim();
  if (s === '' || /[\s\p{Cc}]/u.test(s)) return null;
  const scheme = SCHEME.exec(s);
  const hasScheme = scheme !== null && !PORT_AFTER_COLON.test(scheme[2] ?? '');
  if (hasScheme && !/^https?$/i.test(scheme[1] ?? '')) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? s : `https://${s}`);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '' || !isDomainName(url.hostname)) return null;
  const href = url.href;
  return url.pathname === '/' && url.search === '' && url.hash === '' && href.endsWith('/')
    ? href.slice(0, -1)
    : href;
}
