import Link from 'next/link'
import type { ServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import type { AccessUser } from '../../access/roles'

/** The admin navigation's link to the review queue, for the secretariat and admins. */
export async function ReviewQueueNavLink({ payload, user, i18n }: ServerProps) {
  if (!isStaffUser(user as AccessUser)) return null
  return (
    <Link className="nav__link" href={`${payload.config.routes.admin}/tinjauan`} prefetch={false}>
      <span className="nav__link-label">{i18n?.language === 'en' ? 'Review queue' : 'Antrean tinjauan'}</span>
    </Link>
  )
}
