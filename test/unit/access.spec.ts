import type { PayloadRequest } from 'payload'

import { approvedOrOwnOrganization } from '../../src/access/approvedOrOwnOrganization'
import { isStaffOrPartner } from '../../src/access/isStaffOrPartner'
import { publishedOrOwnOrganization } from '../../src/access/publishedOrOwnOrganization'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { staffOrOwnOrganization } from '../../src/access/staffOrOwnOrganization'
import { staffOrOwningOrganizationField } from '../../src/access/staffOrOwningOrganizationField'
import { staffOrSelf } from '../../src/access/staffOrSelf'

const admin = { id: 1, roles: ['admin'] }
const secretariat = { id: 2, roles: ['secretariat'] }
const partner = { id: 3, roles: ['partner'], organization: 7 }
const orphanPartner = { id: 4, roles: ['partner'], organization: null }

const args = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })

describe('collection access functions', () => {
  it('should let staff read drafts and filter everyone else to published', () => {
    expect(publishedOrStaff(args(admin))).toBe(true)
    expect(publishedOrStaff(args(secretariat))).toBe(true)
    expect(publishedOrStaff(args(partner))).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrStaff(args(null))).toEqual({ _status: { equals: 'published' } })
  })

  it('should let a partner read its own organization’s drafts and the public only published', () => {
    expect(publishedOrOwnOrganization(args(partner))).toEqual({
      or: [{ _status: { equals: 'published' } }, { organization: { equals: 7 } }],
    })
    expect(publishedOrOwnOrganization(args(null))).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrOwnOrganization(args(orphanPartner))).toEqual({ _status: { equals: 'published' } })
  })

  it('should show unapproved progress reports to their organization only', () => {
    expect(approvedOrOwnOrganization(args(null))).toEqual({ reviewStatus: { equals: 'approved' } })
    expect(approvedOrOwnOrganization(args(partner))).toEqual({
      or: [{ reviewStatus: { equals: 'approved' } }, { organization: { equals: 7 } }],
    })
  })

  it('should limit partner writes to its own organization and refuse the public', () => {
    expect(staffOrOwnOrganization(args(secretariat))).toBe(true)
    expect(staffOrOwnOrganization(args(partner))).toEqual({ organization: { equals: 7 } })
    expect(staffOrOwnOrganization(args(null))).toBe(false)
    expect(isStaffOrPartner(args(partner))).toBe(true)
    expect(isStaffOrPartner(args(orphanPartner))).toBe(false)
    expect(isStaffOrPartner(args(null))).toBe(false)
  })

  it('should show user records to staff, a user only itself, the public nobody', () => {
    expect(staffOrSelf(args(admin))).toBe(true)
    expect(staffOrSelf(args(partner))).toEqual({ id: { equals: 3 } })
    expect(staffOrSelf(args(null))).toBe(false)
  })

  it('should hide internal notes from the public and from other organizations', () => {
    const fieldArgs = (user: unknown, organization: unknown) =>
      ({ req: { user } as unknown as PayloadRequest, doc: { organization } }) as Parameters<typeof staffOrOwningOrganizationField>[0]
    expect(staffOrOwningOrganizationField(fieldArgs(secretariat, 9))).toBe(true)
    expect(staffOrOwningOrganizationField(fieldArgs(partner, 7))).toBe(true)
    expect(staffOrOwningOrganizationField(fieldArgs(partner, { id: 7 }))).toBe(true)
    expect(staffOrOwningOrganizationField(fieldArgs(partner, 9))).toBe(false)
    expect(staffOrOwningOrganizationField(fieldArgs(null, 7))).toBe(false)
  })
})
