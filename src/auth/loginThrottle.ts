import type { PayloadRequest } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '../constants'
import { createFailureLedger } from '../domain/failureLedger'
import type { FailureLedger } from '../domain/failureLedger'

export const DEFAULT_LOGIN_FAILURE_LIMIT = 10
export const DEFAULT_LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60

export type LoginThrottleSettings = { limit: number; windowSeconds: number }

const wholeNumber = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number of at least 1, not "${value}".`)
  return number
}

/** Read from the environment; throws a clear error for a value that is not a whole number ≥ 1. */
export const loginThrottleSettings = (env: Record<string, string | undefined> = process.env): LoginThrottleSettings => ({
  limit: wholeNumber('LENTERA_LOGIN_FAILURE_LIMIT', env.LENTERA_LOGIN_FAILURE_LIMIT, DEFAULT_LOGIN_FAILURE_LIMIT),
  windowSeconds: wholeNumber('LENTERA_LOGIN_FAILURE_WINDOW_SECONDS', env.LENTERA_LOGIN_FAILURE_WINDOW_SECONDS, DEFAULT_LOGIN_FAILURE_WINDOW_SECONDS),
})

export type LoginThrottle = { ledger: FailureLedger; settings: LoginThrottleSettings; refusedTotal: number }

/**
 * One ledger per process, on globalThis: the hooks run in the Payload instance inside Next's
 * bundle, the metrics endpoint in the server's, and both must see the same counts.
 */
export const loginThrottle = (): LoginThrottle => {
  const holder = globalThis as { __lenteraLoginThrottle?: LoginThrottle }
  if (!holder.__lenteraLoginThrottle) {
    const settings = loginThrottleSettings()
    holder.__lenteraLoginThrottle = {
      ledger: createFailureLedger({ limit: settings.limit, windowMs: settings.windowSeconds * 1000 }),
      settings,
      refusedTotal: 0,
    }
  }
  return holder.__lenteraLoginThrottle
}

/**
 * Which addresses share one count. IPv4 addresses count alone; an IPv6 client usually holds a
 * whole /64 (and could try from each of its 2^64 addresses), so those count per /64.
 */
export const addressGroupOf = (address: string): string => {
  const mappedIPv4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mappedIPv4) return mappedIPv4[1]
  if (!address.includes(':')) return address
  const [head, tail] = address.split('%', 1)[0].toLowerCase().split('::', 2)
  const groupsOf = (part: string | undefined) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [])
  const headGroups = groupsOf(head)
  const tailGroups = groupsOf(tail)
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups]
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`
}

/**
 * The address the request came from, as Express determined it (src/http/clientAddress.ts
 * overwrites whatever a client sent in this header). Null for requests that did not come
 * through the server — the Local API, in-process route calls — which are not throttled.
 */
export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'>): string | null => {
  const address = req.headers?.get(CLIENT_ADDRESS_HEADER)
  return address ? addressGroupOf(address) : null
}
