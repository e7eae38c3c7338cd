import type { PayloadRequest } from 'payload'

import { adminOrStaffTrash } from '../../src/access/adminOrStaffTrash'
import { adminOrTrashOwnNeverPublished } from '../../src/access/adminOrTrashOwnNeverPublished'
import { approvedOrOwnOrganization } from '../../src/access/approvedOrOwnOrganization'
import { isActive } from '../../src/access/isActive'
import { isStaffOrPartner } from '../../src/access/isStaffOrPartner'
import { isTrashRequest, requestsPublication } from '../../src/access/publication'
import { publishedOrOwnOrganization } from '../../src/access/publishedOrOwnOrganization'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { staffInvitesPartners } from '../../src/access/staffInvitesPartners'
import { staffOrOwnDraft } from '../../src/access/staffOrOwnDraft'
import { staffOrOwnOrganizationVersions } from '../../src/access/staffOrOwnOrganizationVersions'
import { staffOrOwnUnapproved } from '../../src/access/staffOrOwnUnapproved'
import { staffOrOwningOrganizationField } from '../../src/access/staffOrOwningOrganizationField'
import { staffOrPartnerDraft } from '../../src/access/staffOrPartnerDraft'
import { staffOrSelf } from '../../src/access/staffOrSelf'
import { untrashedOrStaff } from '../../src/access/untrashedOrStaff'
import { userManagerOrSelf } from '../../src/access/userManagerOrSelf'

const admin = { id: 1, roles: ['admin'] }
const secretariat = { id: 2, roles: ['secretariat'] }
const partner = { id: 3, roles: ['partner'], organization: 7 }
const orphanPartner = { id: 4, roles: ['partner'], organization: null }
const deactivatedAdmin = { id: 5, roles: ['admin'], isDeactivated: true }
const deactivatedPartner = { id: 6, roles: ['partner'], organization: 7, isDeactivated: true }

const PUBLISHED = { _status: { equals: 'published' } }
const APPROVED = { reviewStatus: { equals: 'approved' } }
const NOT_TRASHED = { deletedAt: { exists: false } }
const OWN = { organization: { equals: 7 } }
/** Refused, with the reason given by the hook that runs before access. */
const NOTHING = { id: { exists: false } }

const args = (user: unknown, data?: unknown, id?: number) => ({ req: { user } as unknown as PayloadRequest, data, id })

describe('collection read access', () => {
  it('should let staff read drafts and filter everyone else to published, untrashed documents', () => {
    expect(publishedOrStaff(args(admin))).toBe(true)
    expect(publishedOrStaff(args(secretariat))).toBe(true)
    expect(publishedOrStaff(args(partner))).toEqual({ and: [PUBLISHED, NOT_TRASHED] })
    expect(publishedOrStaff(args(null))).toEqual({ and: [PUBLISHED, NOT_TRASHED] })
  })

  it('should let a partner read its own organization’s drafts and the public only published', () => {
    expect(publishedOrOwnOrganization(args(partner))).toEqual({ or: [{ and: [PUBLISHED, NOT_TRASHED] }, OWN] })
    expect(publishedOrOwnOrganization(args(null))).toEqual({ and: [PUBLISHED, NOT_TRASHED] })
    expect(publishedOrOwnOrganization(args(orphanPartner))).toEqual({ and: [PUBLISHED, NOT_TRASHED] })
  })

  it('should show unapproved progress reports to their organization only', () => {
    expect(approvedOrOwnOrganization(args(null))).toEqual({ and: [APPROVED, NOT_TRASHED] })
    expect(approvedOrOwnOrganization(args(partner))).toEqual({ or: [{ and: [APPROVED, NOT_TRASHED] }, OWN] })
    expect(approvedOrOwnOrganization(args(secretariat))).toBe(true)
  })

  it('should keep trashed reference data from everyone but staff', () => {
    expect(untrashedOrStaff(args(secretariat))).toBe(true)
    expect(untrashedOrStaff(args(partner))).toEqual(NOT_TRASHED)
    expect(untrashedOrStaff(args(null))).toEqual(NOT_TRASHED)
  })

  it('should show user records to staff, a user only itself, the public nobody', () => {
    expect(staffOrSelf(args(admin))).toBe(true)
    expect(staffOrSelf(args(partner))).toEqual({ id: { equals: 3 } })
    expect(staffOrSelf(args(null))).toBe(false)
  })
})

describe('partner writes', () => {
  it('should tell a publishing or approving request apart from a draft', () => {
    expect(requestsPublication({ _status: 'published' })).toBe(true)
    expect(requestsPublication({ reviewStatus: 'approved' })).toBe(true)
    expect(requestsPublication({ _status: 'draft', reviewStatus: 'submitted' })).toBe(false)
    expect(requestsPublication(undefined)).toBe(false)
    expect(isTrashRequest({ deletedAt: '2026-01-01T00:00:00.000Z' })).toBe(true)
    expect(isTrashRequest({ deletedAt: null })).toBe(false)
    expect(isTrashRequest(undefined)).toBe(false)
  })

  it('should let a partner create drafts but never publish or approve on create', () => {
    expect(staffOrPartnerDraft(args(secretariat, { _status: 'published' }))).toBe(true)
    expect(staffOrPartnerDraft(args(partner, { title: 'x' }))).toBe(true)
    expect(staffOrPartnerDraft(args(partner, { _status: 'published' }))).toBe(false)
    expect(staffOrPartnerDraft(args(partner, { reviewStatus: 'approved' }))).toBe(false)
    expect(staffOrPartnerDraft(args(orphanPartner, {}))).toBe(false)
    expect(staffOrPartnerDraft(args(null, {}))).toBe(false)
  })

  it('should limit partner updates to its own organization and refuse publishing, as Payload asks for the publish button and restores', () => {
    expect(staffOrOwnDraft(args(secretariat, { _status: 'published' }))).toBe(true)
    expect(staffOrOwnDraft(args(partner, { _status: 'draft' }))).toEqual(OWN)
    expect(staffOrOwnDraft(args(partner))).toEqual(OWN)
    expect(staffOrOwnDraft(args(partner, { _status: 'published' }))).toEqual(NOTHING)
    expect(staffOrOwnDraft(args(null))).toBe(false)
    expect(isStaffOrPartner(args(partner))).toBe(true)
    expect(isStaffOrPartner(args(orphanPartner))).toBe(false)
  })

  it('should show version history to staff and to the owning organization, filtering the versions table', () => {
    expect(staffOrOwnOrganizationVersions(args(secretariat))).toBe(true)
    expect(staffOrOwnOrganizationVersions(args(partner))).toEqual({ 'version.organization': { equals: 7 } })
    expect(staffOrOwnOrganizationVersions(args(null))).toBe(false)
    expect(staffOrOwnOrganizationVersions(args(deactivatedPartner))).toBe(false)
  })

  it('should let a partner change its own progress reports only until they are approved', () => {
    expect(staffOrOwnUnapproved(args(secretariat, { reviewStatus: 'approved' }))).toBe(true)
    expect(staffOrOwnUnapproved(args(partner, {}))).toEqual({
      and: [OWN, { reviewStatus: { not_equals: 'approved' } }],
    })
    expect(staffOrOwnUnapproved(args(partner, { reviewStatus: 'approved' }))).toEqual(NOTHING)
    expect(staffOrOwnUnapproved(args(null, {}))).toBe(false)
  })

  it('should hide internal notes from the public and from other organizations', () => {
    const fieldArgs = (user: unknown, organization: unknown) =>
      ({ req: { user } as unknown as PayloadRequest, doc: { organization } }) as Parameters<typeof staffOrOwningOrganizationField>[0]
    expect(staffOrOwningOrganizationField(fieldArgs(secretariat, 9))).toBe(true)
    expect(staffOrOwningOrganizationField(fieldArgs(partner, 7))).toBe(true)
    expect(staffOrOwningOrganizationField(fieldArgs(partner, { id: 7 }))).toBe(true)
    expect(staffOrOwningOrganizationField(fieldArgs(partner, 9))).toBe(false)
    expect(staffOrOwningOrganizationField(fieldArgs(null, 7))).toBe(false)
    expect(staffOrOwningOrganizationField(fieldArgs(deactivatedPartner, 7))).toBe(false)
  })
})

describe('deleting and trashing', () => {
  const trash = { deletedAt: '2026-01-01T00:00:00.000Z' }

  it('should keep deleting for good to admins and let the secretariat only move to the trash', () => {
    expect(adminOrStaffTrash(args(admin))).toBe(true)
    expect(adminOrStaffTrash(args(secretariat))).toBe(false)
    expect(adminOrStaffTrash(args(secretariat, trash))).toBe(true)
    expect(adminOrStaffTrash(args(partner, trash))).toBe(false)
    expect(adminOrStaffTrash(args(null, trash))).toBe(false)
  })

  it('should never let a partner delete for good, nor trash several documents at once', async () => {
    const deleteCommitment = adminOrTrashOwnNeverPublished('commitments')
    expect(await deleteCommitment(args(admin))).toBe(true)
    expect(await deleteCommitment(args(secretariat))).toBe(false)
    expect(await deleteCommitment(args(secretariat, trash))).toBe(true)
    expect(await deleteCommitment(args(partner, undefined, 11))).toEqual(NOTHING)
    expect(await deleteCommitment(args(partner, trash))).toBe(false)
    expect(await deleteCommitment(args(null, trash, 11))).toBe(false)
  })
})

describe('user administration', () => {
  it('should let the secretariat invite partners only, and admins anyone', () => {
    expect(staffInvitesPartners(args(admin, { roles: ['admin'] }))).toBe(true)
    expect(staffInvitesPartners(args(secretariat, { roles: ['partner'] }))).toBe(true)
    expect(staffInvitesPartners(args(secretariat, {}))).toBe(true)
    expect(staffInvitesPartners(args(secretariat, { roles: ['secretariat'] }))).toBe(false)
    expect(staffInvitesPartners(args(secretariat, { roles: ['partner', 'admin'] }))).toBe(false)
    expect(staffInvitesPartners(args(partner, { roles: ['partner'] }))).toBe(false)
    expect(staffInvitesPartners(args(null, {}))).toBe(false)
  })

  it('should let admins change any account and everyone else at most itself', async () => {
    expect(await userManagerOrSelf(args(admin))).toBe(true)
    expect(await userManagerOrSelf(args(partner))).toEqual({ id: { equals: 3 } })
    expect(await userManagerOrSelf(args(null))).toBe(false)
  })

  it('should treat a deactivated account as the anonymous public everywhere', async () => {
    expect(publishedOrStaff(args(deactivatedAdmin))).toEqual({ and: [PUBLISHED, NOT_TRASHED] })
    expect(publishedOrOwnOrganization(args(deactivatedPartner))).toEqual({ and: [PUBLISHED, NOT_TRASHED] })
    expect(staffOrSelf(args(deactivatedPartner))).toBe(false)
    expect(await userManagerOrSelf(args(deactivatedAdmin))).toBe(false)
    expect(staffOrPartnerDraft(args(deactivatedPartner, {}))).toBe(false)
    expect(isActive(args(deactivatedAdmin))).toBe(false)
    expect(isActive(args(partner))).toBe(true)
  })
})
