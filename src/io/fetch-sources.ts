/**
 * Fetches the addresses of the source watcher: a few at a time, each with a time limit, redirects
 * followed by hand (at most five) so every hop's host is checked, a polite User-Agent naming the
 * project, and at most 2 MB read per page. Private, loopback and link-local addresses are refused,
 * also when a public name resolves to one; only `allowHosts` (host:port, for the tests' fixture server
 * on 127.0.0.1) lifts that.
 */
import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { CheckResult } from '../lib/source-watch';
import { visibleText } from '../lib/source-watch';
import { isPrivateIPv4, isPrivateIPv6, nonPublicHostReason } from '../schema/public-host';

export interface FetchOptions {
  concurrency?: number;
  timeoutMs?: number;
  userAgent: string;
  /** host:port pairs that may be private (tests only). */
  allowHosts?: ReadonlySet<string>;
  maxRedirects?: number;
  maxBytes?: number;
}

const isPrivateAddress = (address: string) => isPrivateIPv4(address) || isPrivateIPv6(address);

/** German reason why this address may not be fetched, or undefined. */
async function blocked(url: URL, allowHosts: ReadonlySet<string>): Promise<string | undefined> {
  if (allowHosts.has(url.host)) return undefined;
  const reason = nonPublicHostReason(url.href);
  if (reason) return `nicht abgerufen: ${reason}`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined;
  try {
    const addresses = await lookup(host, { all: true });
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    return bad ? `nicht abgerufen: ${host} zeigt auf die private Adresse ${bad.address}` : undefined;
  } catch {
    return `Rechnername ${host} nicht gefunden`;
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, maxBytes));
}

export async function checkUrl(url: string, options: FetchOptions): Promise<CheckResult> {
  const { timeoutMs = 15_000, maxRedirects = 5, maxBytes = 2_000_000, allowHosts = new Set<string>() } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = new URL(url);
  try {
    for (let hop = 0; hop <= maxRedirects; hop += 1) {
      const refusal = await blocked(current, allowHosts);
      if (refusal) return { url, status: 0, finalUrl: current.href, error: refusal };
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        return { url, status: response.status, finalUrl: current.href };
      }
      const body = await readLimited(response, maxBytes);
      const fingerprint = createHash('sha256').update(visibleText(body, response.headers.get('content-type') ?? '')).digest('hex');
      return { url, status: response.status, finalUrl: current.href, fingerprint };
    }
    return { url, status: 0, finalUrl: current.href, error: `mehr als ${maxRedirects} Weiterleitungen` };
  } catch (error) {
    const name = (error as Error).name;
    const why = name === 'TimeoutError' || name === 'AbortError' ? `keine Antwort nach ${Math.round(timeoutMs / 1000)} s` : 'Verbindung fehlgeschlagen';
    return { url, status: 0, finalUrl: current.href, error: why };
  }
}

/** Checks every address, `concurrency` at a time; one that hangs costs its time limit, never the run. */
export async function checkUrls(urls: readonly string[], options: FetchOptions): Promise<Map<string, CheckResult>> {
  const results = new Map<string, CheckResult>();
  const queue = [...new Set(urls)];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.set(url, await checkUrl(url, options));
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 6) }, worker));
  return results;
}
