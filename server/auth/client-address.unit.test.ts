import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { 'x-forwarded-for': value });

describe('the client address of a request', () => {
  it('is the address Next.js wrote from the socket when the app is reached directly', () => {
    expect(clientAddress(forwardedFor('198.51.100.7'), 0)).toBe('198.51.100.7');
  });

  it('is the rightmost entry with no proxy or one, so that what a client wrote before a proxy is ignored', () => {
    expect(clientAddress(forwardedFor('10.0.0.1, 198.51.100.7'), 0)).toBe('198.51.100.7');
    expect(clientAddress(forwardedFor('10.0.0.1, 198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('skips the proxies nearest the app when there are several', () => {
    expect(clientAddress(forwardedFor('6.6.6.6, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
  });

  it('is the farthest entry when a request passed fewer proxies than configured', () => {
    expect(clientAddress(forwardedFor('198.51.100.7'), 2)).toBe('198.51.100.7');
  });

  it('is none without the header or when the entry is not an address', () => {
    expect(clientAddress(forwardedFor(), 0)).toBeUndefined();
    expect(clientAddress(forwardedFor(''), 0)).toBeUndefined();
    expect(clientAddress(forwardedFor('unknown'), 0)).toBeUndefined();
    expect(clientAddress(forwardedFor('x'.repeat(5000)), 0)).toBeUndefined();
    expect(clientAddress(forwardedFor('198.51.100.7, 300.1.1.1'), 0)).toBeUndefined();
  });

  it('drops a port some proxies append', () => {
    expect(clientAddress(forwardedFor('198.51.100.7:51234'), 1)).toBe('198.51.100.7');
    expect(clientAddress(forwardedFor('[2001:db8:1:2::9]:51234'), 1)).toBe('2001:db8:1:2::/64');
  });

  it('counts an IPv6 client per /64, however the address is written', () => {
    const key = '2001:db8:aa:bb::/64';
    expect(clientAddress(forwardedFor('2001:db8:aa:bb:1:2:3:4'), 0)).toBe(key);
    expect(clientAddress(forwardedFor('2001:0DB8:00aa:00bb::ffff'), 0)).toBe(key);
    expect(clientAddress(forwardedFor('2001:db8:aa:bb::1%eth0'), 0)).toBe(key);
    expect(clientAddress(forwardedFor('2001:db8:aa:bc::1'), 0)).not.toBe(key);
    expect(clientAddress(forwardedFor('::1'), 0)).toBe('0:0:0:0::/64');
    expect(clientAddress(forwardedFor('2001:db8::'), 0)).toBe('2001:db8:0:0::/64');
  });

  it('counts an IPv4 address written as IPv6 (a dual-stack socket) as the IPv4 address', () => {
    expect(clientAddress(forwardedFor('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientAddress(forwardedFor('::ffff:c633:6407'), 0)).toBe('198.51.100.7');
  });
});
