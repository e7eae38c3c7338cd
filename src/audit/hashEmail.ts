import { createHmac } from 'crypto'

/**
 * A keyed fingerprint of an email address: equal for equal addresses, so repeated attempts
 * on one unknown address show up, but not reversible without the server's secret (a plain
 * hash of an email is reversed by hashing a list of addresses).
 */
export const hashAttemptedEmail = ({ email, secret }: { email: string; secret: string }): string =>
  createHmac('sha256', secret).update(`lentera-audit-login:${email.trim().toLowerCase()}`).digest('hex')
