import { DEFAULT_LOGIN_FAILURE_LIMIT, DEFAULT_LOGIN_FAILURE_WINDOW_SECONDS, addressGroupOf, loginThrottleSettings } from '../../src/auth/loginThrottle'
import { createFailureLedger } from '../../src/domain/failureLedger'
import { createApp } from '../../src/http/app'

describe('createFailureLedger', () => {
  it('should let a key try until it reaches the limit within the window', () => {
    const ledger = createFailureLedger({ limit: 3, windowMs: 1_000 })
    ledger.record('10.0.0.1', 0)
    ledger.record('10.0.0.1', 100)
    expect(ledger.waitFor('10.0.0.1', 200)).toBe(0)
    ledger.record('10.0.0.1', 200)
    // The oldest of the three leaves the window at 1,000.
    expect(ledger.waitFor('10.0.0.1', 300)).toBe(700)
    expect(ledger.waitFor('10.0.0.2', 300)).toBe(0)
  })

  it('should slide: each failure leaving the window frees one try', () => {
    const ledger = createFailureLedger({ limit: 2, windowMs: 1_000 })
    ledger.record('a', 0)
    ledger.record('a', 500)
    expect(ledger.waitFor('a', 999)).toBe(1)
    expect(ledger.waitFor('a', 1_000)).toBe(0)
    ledger.record('a', 1_000)
    expect(ledger.waitFor('a', 1_200)).toBe(300)
    expect(ledger.waitFor('a', 2_000)).toBe(0)
    expect(ledger.waitFor('a', 3_000)).toBe(0)
    expect(ledger.size(3_000)).toBe(0)
  })

  it('should keep at most `limit` failures per key and wait from the limit-th latest', () => {
    const ledger = createFailureLedger({ limit: 2, windowMs: 10_000 })
    for (let time = 0; time < 100; time += 10) ledger.record('a', time)
    expect(ledger.waitFor('a', 100)).toBe(10_000 - (100 - 80))
  })

  it('should forget the keys written longest ago beyond maxKeys', () => {
    const ledger = createFailureLedger({ limit: 1, windowMs: 10_000, maxKeys: 2 })
    ledger.record('first', 0)
    ledger.record('second', 1)
    ledger.record('first', 2)
    ledger.record('third', 3)
    expect(ledger.size(4)).toBe(2)
    expect(ledger.waitFor('second', 4)).toBe(0)
    expect(ledger.waitFor('first', 4)).toBeGreaterThan(0)
    expect(ledger.waitFor('third', 4)).toBeGreaterThan(0)
  })

  it('should take back an attempt that turned out not to be a failure', () => {
    const ledger = createFailureLedger({ limit: 2, windowMs: 1_000 })
    ledger.record('a', 10)
    ledger.record('a', 20)
    expect(ledger.waitFor('a', 30)).toBeGreaterThan(0)
    ledger.release('a', 20)
    expect(ledger.waitFor('a', 30)).toBe(0)
    ledger.release('a', 20)
    ledger.release('b', 20)
    ledger.record('a', 40)
    expect(ledger.waitFor('a', 50)).toBe(960)
    ledger.release('a', 10)
    ledger.release('a', 40)
    expect(ledger.size(50)).toBe(0)
  })

  it('should count only keys with failures still in the window', () => {
    const ledger = createFailureLedger({ limit: 5, windowMs: 100 })
    ledger.record('a', 0)
    ledger.record('b', 50)
    expect(ledger.size(60)).toBe(2)
    expect(ledger.size(120)).toBe(1)
    expect(ledger.size(200)).toBe(0)
  })

  it('should refuse settings that make no sense', () => {
    expect(() => createFailureLedger({ limit: 0, windowMs: 1_000 })).toThrow('at least 1')
    expect(() => createFailureLedger({ limit: 1.5, windowMs: 1_000 })).toThrow('whole number')
    expect(() => createFailureLedger({ limit: 1, windowMs: 0 })).toThrow('positive duration')
  })
})

describe('addressGroupOf', () => {
  it('should count IPv4 addresses alone, IPv4-mapped IPv6 as IPv4', () => {
    expect(addressGroupOf('203.0.113.7')).toBe('203.0.113.7')
    expect(addressGroupOf('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressGroupOf('::FFFF:127.0.0.1')).toBe('127.0.0.1')
  })

  it('should count IPv6 addresses per /64, however they are written', () => {
    expect(addressGroupOf('2001:db8:85a3:1234:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:85a3:1234::/64')
    expect(addressGroupOf('2001:0db8:85a3:1234::1')).toBe('2001:db8:85a3:1234::/64')
    expect(addressGroupOf('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressGroupOf('2001:db8:0:0:ffff::2')).toBe(addressGroupOf('2001:db8::1'))
    expect(addressGroupOf('::1')).toBe('0:0:0:0::/64')
    expect(addressGroupOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressGroupOf('2001:db8:85a3:1235::1')).not.toBe(addressGroupOf('2001:db8:85a3:1234::1'))
  })
})

describe('loginThrottleSettings', () => {
  it('should default to 10 failures per 15 minutes', () => {
    expect(loginThrottleSettings({})).toEqual({ limit: DEFAULT_LOGIN_FAILURE_LIMIT, windowSeconds: DEFAULT_LOGIN_FAILURE_WINDOW_SECONDS })
    expect(DEFAULT_LOGIN_FAILURE_LIMIT).toBe(10)
    expect(DEFAULT_LOGIN_FAILURE_WINDOW_SECONDS).toBe(900)
    expect(loginThrottleSettings({ LENTERA_LOGIN_FAILURE_LIMIT: ' ', LENTERA_LOGIN_FAILURE_WINDOW_SECONDS: '' })).toEqual({ limit: 10, windowSeconds: 900 })
  })

  it('should read the environment and name the setting that is wrong', () => {
    expect(loginThrottleSettings({ LENTERA_LOGIN_FAILURE_LIMIT: '3', LENTERA_LOGIN_FAILURE_WINDOW_SECONDS: '60' })).toEqual({ limit: 3, windowSeconds: 60 })
    expect(() => loginThrottleSettings({ LENTERA_LOGIN_FAILURE_LIMIT: 'sepuluh' })).toThrow('LENTERA_LOGIN_FAILURE_LIMIT must be a whole number of at least 1, not "sepuluh".')
    expect(() => loginThrottleSettings({ LENTERA_LOGIN_FAILURE_WINDOW_SECONDS: '-5' })).toThrow('LENTERA_LOGIN_FAILURE_WINDOW_SECONDS must be')
  })
  it('should stop the server from starting with a mistyped setting, naming it', () => {
    const previous = process.env.LENTERA_LOGIN_FAILURE_LIMIT
    process.env.LENTERA_LOGIN_FAILURE_LIMIT = '10x'
    try {
      expect(() =>
        createApp({ handleNext: () => undefined, checkReadiness: async () => ({ isReady: true }) as never, isShuttingDown: () => false, isHttps: false }),
      ).toThrow('LENTERA_LOGIN_FAILURE_LIMIT must be a whole number of at least 1, not "10x".')
    } finally {
      if (previous === undefined) delete process.env.LENTERA_LOGIN_FAILURE_LIMIT
      else process.env.LENTERA_LOGIN_FAILURE_LIMIT = previous
    }
  })
})
