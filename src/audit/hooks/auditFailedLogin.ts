import { AuthenticationError, LockedAuth, ValidationError } from 'payload'
import type { CollectionAfterErrorHook } from 'payload'

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
export const auditFailedLogin: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const attemptedEmail = loginEmailOf(req.context)
  if (attemptedEmail === null || error instanceof ValidationError) return
  try {
    const email = attemptedEmail.trim().toLowerCase()
    const { docs } = email
      ? await req.payload.find({
          collection: collection.slug,
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
      collectionSlug: collection.slug,
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
