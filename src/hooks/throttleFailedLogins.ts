import { APIError, AuthenticationError, LockedAuth } from 'payload'
import type { AfterErrorHook, CollectionAfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clientAddressOf, loginThrottle } from '../auth/loginThrottle'

/**
 * The attempts of this request counted so far, as they began (a GraphQL document may hold
 * several `loginUser`s, which share the request's context).
 */
const ATTEMPTS = 'loginThrottleAttempts'
type Attempt = { address: string; time: number }

const attemptsOf = (req: PayloadRequest): Attempt[] => {
  if (!Array.isArray(req.context[ATTEMPTS])) req.context[ATTEMPTS] = []
  return req.context[ATTEMPTS] as Attempt[]
}

/** The refusal itself: it ends no attempt that was counted. */
class SignInThrottled extends APIError {
  // Spelled out: the bundler renames classes, and REST clients see this name.
  override name = 'SignInThrottled'
}

const waitInWords = (seconds: number): { id: string; en: string } => {
  if (seconds < 60) return { id: `${seconds} detik`, en: `${seconds} seconds` }
  const minutes = Math.ceil(seconds / 60)
  return { id: `${minutes} menit`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` }
}

/**
 * Refuses a login (REST, GraphQL, the admin's form) from an address that has failed too often
 * lately, whichever accounts it tried: Payload's own lockout (maxLoginAttempts) protects one
 * account, this stops one address from guessing across many.
 *
 * Every attempt counts as a failure the moment it begins, and is taken back when it succeeds
 * (afterLogin) or ends in something other than a wrong guess. Counting only when a failure
 * ends would let attempts that run at once — parallel requests, or one GraphQL document
 * aliasing `loginUser` hundreds of times — all pass the check before the first is counted.
 * So successful logins never count, and an office behind one address is not locked out by its
 * own colleagues.
 */
export const refuseThrottledLogin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddressOf(req)
  if (address === null) return args
  const throttle = loginThrottle()
  const now = Date.now()
  const waitMs = throttle.ledger.waitFor(address, now)
  if (waitMs === 0) {
    throttle.ledger.record(address, now)
    attemptsOf(req).push({ address, time: now })
    return args
  }
  throttle.refusedTotal += 1
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  const wait = waitInWords(seconds)
  throw new SignInThrottled(
    `Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam ${wait.id}. ` +
      `(Too many failed sign-in attempts from this address; try again in ${wait.en}.)`,
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}

const takeBackOne = (req: PayloadRequest) => {
  const attempt = attemptsOf(req).pop()
  if (attempt) loginThrottle().ledger.release(attempt.address, attempt.time)
}

export const forgetSuccessfulLogin: CollectionAfterLoginHook = ({ req }) => {
  takeBackOne(req)
}

/** A wrong password, an unknown account, or an attempt on a locked one stays counted; a missing field or a refused (e.g. deactivated) account does not. */
const settleFailure = ({ error, req }: { error: unknown; req: PayloadRequest }) => {
  if (error instanceof AuthenticationError || error instanceof LockedAuth || error instanceof SignInThrottled) return
  takeBackOne(req)
}

export const settleFailedLogin: CollectionAfterErrorHook = ({ error, req }) => {
  settleFailure({ error, req })
}

/** GraphQL's `loginUser` errors reach only the config's afterError hooks, wrapped in a GraphQLError. */
export const settleFailedGraphQLLogin: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!graphqlResult) return
  settleFailure({ error: (error as { originalError?: unknown }).originalError ?? error, req })
}
