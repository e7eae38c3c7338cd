import { AuthenticationError, LockedAuth, ValidationError } from 'payload'
import type { AfterErrorHook, CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { COLLECTION } from '../../constants'
import type { AuditLoginFailure } from '../../constants'
import { loginEmailOf } from '../context'
import { hashAttemptedEmail } from '../hashEmail'
import { recordAuditEvent } from '../recordAuditEvent'

/**
 * Payload has no failed-login hook. A failed login ends in the REST error handler, which runs
 * the collection's afterError hooks; rememberAuditIntent has noted the attempted email when
 * the login operation began, which is how this knows the error ended a login. So this records
 * failed logins made over REST — the admin panel's login form included:
 * AuthenticationError (unknown email or wrong password), LockedAuth (too many attempts), and
 * anything a beforeLogin hook refuses (e.g. a deactivated account). A request missing its
 * email or password (ValidationError) is not an attempt on any account.
 *
 * The attempted email is never stored: a known account is recorded by its user id, an
 * unknown one by a keyed fingerprint (see hashAttemptedEmail).
 */
const recordFailedLogin = async ({ collectionSlug, error, req }: { collectionSlug: string; error: unknown; req: PayloadRequest }) => {
  const attemptedEmail = loginEmailOf(req.context)
  if (attemptedEmail === null || error instanceof ValidationError) return
  try {
    const email = attemptedEmail.trim().toLowerCase()
    const { docs } = email
      ? await req.payload.find({
          collection: collectionSlug as typeof COLLECTION.users,
          where: { email: { equals: email } },
          limit: 1,
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const account = docs[0]
    const reason: AuditLoginFailure =
      error instanceof LockedAuth
        ? 'locked'
        : error instanceof AuthenticationError
          ? account
            ? 'wrong-password'
            : 'unknown-account'
          : 'refused'
    await recordAuditEvent({
      req,
      action: 'login-failed',
      collectionSlug,
      documentId: account?.id ?? null,
      failedLogin: {
        reason,
        attemptedEmailHash: !account && email ? hashAttemptedEmail({ email, secret: req.payload.secret }) : null,
      },
    })
  } catch (err) {
    // The person still gets the login error they earned; the missing event shows in the log.
    req.payload.logger.error({ msg: 'Could not record a failed login in the audit log', err })
  }
}

export const auditFailedLogin: CollectionAfterErrorHook = ({ collection, error, req }) =>
  recordFailedLogin({ collectionSlug: collection.slug, error, req })

/**
 * The same for GraphQL's `loginUser`: GraphQL errors never reach a collection's afterError
 * hooks, only the config's, with the error wrapped in a GraphQLError. REST errors reach the
 * config's hooks too; those are left to auditFailedLogin above.
 */
export const auditFailedGraphQLLogin: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  if (!graphqlResult) return
  const original = (error as { originalError?: unknown }).originalError ?? error
  await recordFailedLogin({ collectionSlug: COLLECTION.users, error: original, req })
}
