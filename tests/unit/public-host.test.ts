/** The SSRF guard of content URLs: private, loopback and link-local addresses and local names are refused. */
import { describe, expect, it } from 'vitest';
import { webUrl, httpsUrl } from '../../src/schema/common';
import { isPrivateIPv4, isPrivateIPv6, nonPublicHostReason } from '../../src/schema/public-host';

describe('nonPublicHostReason', () => {
  it.each([
    'http://127.0.0.1/',
    'http://127.8.9.1:8080/x',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.178.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://2130706433/', // 127.0.0.1 written as a number; WHATWG URL normalises it
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://localhost/',
    'http://LOCALHOST.:3000/',
    'http://api.localhost/',
    'http://drucker.local/',
    'http://intranet/',
  ])('refuses %s', (url) => {
    expect(nonPublicHostReason(url)).toMatch(/^erwartet wird eine öffentliche Webadresse/);
  });

  it.each(['https://www.bamf.de/DE/Themen/Integration/', 'http://8.8.8.8/', 'https://172.32.0.1/', 'https://[2001:db8::1]/', 'https://localhost.example.org/'])(
    'accepts %s',
    (url) => {
      expect(nonPublicHostReason(url)).toBeUndefined();
    },
  );

  it('checks address ranges at their edges', () => {
    expect(isPrivateIPv4('172.15.255.255')).toBe(false);
    expect(isPrivateIPv4('172.16.0.0')).toBe(true);
    expect(isPrivateIPv4('100.127.255.255')).toBe(true);
    expect(isPrivateIPv4('100.128.0.0')).toBe(false);
    expect(isPrivateIPv6('2a00:1450::1')).toBe(false);
    expect(isPrivateIPv6('febf::1')).toBe(true);
  });
});

describe('URL fields of the schema', () => {
  it('reject a loopback address with the German reason, once', () => {
    const result = webUrl.safeParse('http://127.0.0.1:8080/admin');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['erwartet wird eine öffentliche Webadresse; 127.0.0.1 ist eine private, lokale oder Loopback-Adresse']);
    expect(httpsUrl.safeParse('https://localhost/').success).toBe(false);
    expect(httpsUrl.safeParse('https://www.wiesbaden.de/').success).toBe(true);
  });

  it('report a wrong protocol without also complaining about the host', () => {
    expect(webUrl.safeParse('ftp://localhost/x').error?.issues.map((i) => i.message)).toEqual([
      'erwartet wird eine vollständige Webadresse, die mit https:// oder http:// beginnt',
    ]);
  });
});
