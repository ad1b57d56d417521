import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from '@jest/globals'

import { embeddedIPv4, isInternalAddress } from '../../src/webhooks/addresses'
import { sendDelivery } from '../../src/webhooks/send'
import { checkWebhookUrl, parseWebhookUrl } from '../../src/webhooks/urlGuard'

describe('internal addresses', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '::127.0.0.1',
    '64:ff9b::192.168.0.1',
    'localhost',
    'not an address',
  ])('%s is internal', (address) => {
    expect(isInternalAddress(address)).toBe(true)
  })

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '11.0.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '2001:4860:4860::8888',
  ])('%s is public', (address) => {
    expect(isInternalAddress(address)).toBe(false)
  })

  it('finds the IPv4 address inside mapped, compatible and NAT64 IPv6 addresses', () => {
    expect(embeddedIPv4('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(embeddedIPv4('::ffff:7f00:1')).toBe('127.0.0.1')
    expect(embeddedIPv4('0:0:0:0:0:ffff:0a00:0001')).toBe('10.0.0.1')
    expect(embeddedIPv4('64:ff9b::c0a8:1')).toBe('192.168.0.1')
    expect(embeddedIPv4('2606:4700::1111')).toBeNull()
    expect(embeddedIPv4('::1')).toBeNull()
  })
})

describe('webhook URLs', () => {
  it.each([
    ['ftp://93.184.215.14/x', 'Only http and https'],
    ['http://user:pass@93.184.215.14/', 'credentials'],
    ['not a url', 'not valid'],
  ])('%s is refused by its form', (url, reason) => {
    expect(() => parseWebhookUrl(url)).toThrow(reason)
  })

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://10.1.2.3/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://0x7f000001/hook',
    'http://2130706433/hook',
  ])('%s is refused without the flag, allowed with it', async (url) => {
    await expect(checkWebhookUrl(url, false)).rejects.toThrow('internal address')
    await expect(checkWebhookUrl(url, true)).resolves.toBeInstanceOf(URL)
  })

  it('a public literal address needs no DNS and passes', async () => {
    await expect(checkWebhookUrl('https://93.184.215.14/hook', false)).resolves.toBeInstanceOf(URL)
  })
})

describe('delivery checks the address again when it connects', () => {
  it('refuses a receiver on loopback without the flag; the receiver hears nothing', async () => {
    let requests = 0
    const server = http.createServer((_req, res) => {
      requests++
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const delivery = {
        secret: 's',
        eventId: 'e',
        type: 'test',
        body: '{}',
        attempt: 1,
      }
      for (const host of ['127.0.0.1', 'localhost']) {
        const refused = await sendDelivery(
          { ...delivery, url: `http://${host}:${port}/` },
          { timeoutMs: 1000, allowPrivateUrls: false },
        )
        expect(refused).toMatchObject({ delivered: false, statusCode: null })
        expect(refused.error).toContain('internal address')
      }
      expect(requests).toBe(0)
      const allowed = await sendDelivery(
        { ...delivery, url: `http://localhost:${port}/` },
        { timeoutMs: 1000, allowPrivateUrls: true },
      )
      expect(allowed).toMatchObject({ delivered: true, statusCode: 200 })
    } finally {
      server.close()
    }
  })
})
