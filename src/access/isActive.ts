import type { PayloadRequest } from 'payload'

import { isActiveUser } from './roles'

/** The admin panel: any signed-in account that has not been deactivated. */
export const isActive = ({ req: { user } }: { req: PayloadRequest }): boolean => isActiveUser(user)
