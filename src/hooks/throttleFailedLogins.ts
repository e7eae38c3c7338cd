import { APIError, AuthenticationError, LockedAuth } from 'payload'
import type { AfterErrorHook, CollectionAfterErrorHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clientAddressOf, loginThrottle } from '../auth/loginThrottle'

/** The address a login attempt came from, noted when the attempt is let through. */
const LOGIN_ADDRESS = 'loginThrottleAddress'

const waitInWords = (seconds: number): { id: string; en: string } => {
  if (seconds < 60) return { id: `${seconds} detik`, en: `${seconds} seconds` }
  const minutes = Math.ceil(seconds / 60)
  return { id: `${minutes} menit`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` }
}

/**
 * Refuses a login (REST, GraphQL, the admin's form) from an address that has failed too often
 * lately, whichever accounts it tried: Payload's own lockout (maxLoginAttempts) protects one
 * account, this stops one address from guessing across many. Successful logins are never
 * counted, so an office behind one address is not locked out by its own colleagues.
 */
export const refuseThrottledLogin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddressOf(req)
  if (address === null) return args
  const throttle = loginThrottle()
  const waitMs = throttle.ledger.waitFor(address, Date.now())
  if (waitMs === 0) {
    req.context[LOGIN_ADDRESS] = address
    return args
  }
  throttle.refusedTotal += 1
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  const wait = waitInWords(seconds)
  throw new APIError(
    `Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam ${wait.id}. ` +
      `(Too many failed sign-in attempts from this address; try again in ${wait.en}.)`,
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}

const countFailure = ({ error, req }: { error: unknown; req: PayloadRequest }) => {
  const address = req.context[LOGIN_ADDRESS]
  if (typeof address !== 'string') return
  // A wrong password, an unknown account, or an attempt on a locked one; not a missing field.
  if (error instanceof AuthenticationError || error instanceof LockedAuth) loginThrottle().ledger.record(address, Date.now())
}

export const countFailedLogin: CollectionAfterErrorHook = ({ error, req }) => {
  countFailure({ error, req })
}

/** GraphQL's `loginUser` errors reach only the config's afterError hooks, wrapped in a GraphQLError. */
export const countFailedGraphQLLogin: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!graphqlResult) return
  countFailure({ error: (error as { originalError?: unknown }).originalError ?? error, req })
}
