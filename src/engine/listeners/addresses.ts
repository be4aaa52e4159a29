// Address words: what counts as loopback, as "every address", as an IPv4 literal.

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function isIpv4(s: string): boolean {
  const m = IPV4.exec(s);
  return m !== null && m.slice(1).every((p) => Number(p) <= 255);
}

/** A bind address meaning every address of the namespace. */
export function isWildcard(ip: string): boolean {
  return ip === '0.0.0.0' || ip === '::' || ip === '' || ip === '*';
}

export function isLoopback(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.');
}

/**
 * The address a client means by a host word, before any name lookup: `localhost`, IPv4 literals,
 * `::1`; `0.0.0.0` and `::` connect to the local machine as Linux does. Undefined for a name.
 */
export function literalAddress(host: string): string | undefined {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1' || h === 'ip6-localhost' || h === 'ip6-loopback')
    return '127.0.0.1';
  if (h === '0.0.0.0' || h === '::') return '127.0.0.1';
  if (isIpv4(h)) return h;
  return undefined;
}

/** Whether a listener bound to `bound` accepts a connection to `dest`. */
export function accepts(bound: string, dest: string): boolean {
  if (isWildcard(bound)) return true;
  if (bound === dest) return true;
  return isLoopback(bound) && isLoopback(dest);
}
