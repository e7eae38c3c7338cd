import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import type { PartnerCollection } from '../../access/publication'
import { isStaffUser } from '../../access/roles'
import type { AccessUser } from '../../access/roles'
import { COLLECTION } from '../../constants'
import { currentRevision, readReviewedDocument } from '../../review/reviewedDocuments'
import { formatDateTime, pick } from './format'

/** How many pending submissions one page of the queue shows (the rest are counted). */
export const REVIEW_QUEUE_PAGE_SIZE = 100

const TEXT = {
  title: { id: 'Antrean tinjauan', en: 'Review queue' },
  intro: {
    id: 'Pengajuan mitra yang menunggu keputusan, yang terlama di atas. Buka pengajuan untuk melihat perubahannya lalu setujui atau minta perbaikan.',
    en: 'Partners’ submissions awaiting a decision, oldest first. Open one to see what changed, then approve it or request changes.',
  },
  empty: { id: 'Tidak ada pengajuan yang menunggu tinjauan.', en: 'No submissions are waiting for review.' },
  staffOnly: {
    id: 'Antrean tinjauan hanya untuk sekretariat. Lihat status pengajuan organisasi Anda di daftar Pengajuan Tinjauan.',
    en: 'The review queue is for the secretariat. See your organization’s submissions in the Review submissions list.',
  },
  submission: { id: 'Pengajuan', en: 'Submission' },
  organization: { id: 'Organisasi', en: 'Organization' },
  submittedAt: { id: 'Diajukan', en: 'Submitted' },
  waiting: { id: 'Menunggu', en: 'Waiting' },
  days: { id: 'hari', en: 'days' },
  note: { id: 'Catatan', en: 'Note' },
  changed: { id: 'Diubah setelah diajukan', en: 'Edited after submission' },
  more: { id: 'pengajuan lain tidak ditampilkan', en: 'more submissions not shown' },
  allSubmissions: { id: 'Semua pengajuan', en: 'All submissions' },
}

const cell = { padding: '.5rem .75rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left', verticalAlign: 'top' } as const

/** /admin/tinjauan: the secretariat's queue of pending submissions from every organization. */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/tinjauan`)}`)
  const language = i18n.language
  const isStaff = isStaffUser(user as AccessUser)

  const queue = isStaff
    ? await payload.find({
        collection: COLLECTION.reviewRequests,
        where: { state: { equals: 'submitted' } },
        sort: 'submittedAt',
        limit: REVIEW_QUEUE_PAGE_SIZE,
        depth: 1,
        overrideAccess: false,
        user,
        req,
      })
    : null
  const rows = await Promise.all(
    (queue?.docs ?? []).map(async (submission) => {
      const collection = submission.documentCollection as PartnerCollection
      const document = await readReviewedDocument({ req, collection, id: submission.documentId })
      const isChanged = !document || (await currentRevision({ req, collection, document })) !== submission.documentRevision
      const organization = submission.organization
      return {
        submission,
        isChanged,
        organizationName: organization && typeof organization === 'object' ? organization.name : '—',
        waitingDays: Math.floor((Date.now() - Date.parse(String(submission.submittedAt))) / 86_400_000),
      }
    }),
  )

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <SetStepNav nav={[{ label: pick(TEXT.title, language) }]} />
      <Gutter>
        <h1 style={{ marginTop: '1.5rem' }}>{pick(TEXT.title, language)}</h1>
        {!isStaff ? (
          <p>
            {pick(TEXT.staffOnly, language)} <a href={`${adminRoute}/collections/${COLLECTION.reviewRequests}`}>{pick(TEXT.allSubmissions, language)}</a>
          </p>
        ) : (
          <>
            <p>
              {pick(TEXT.intro, language)} <a href={`${adminRoute}/collections/${COLLECTION.reviewRequests}`}>{pick(TEXT.allSubmissions, language)}</a>
            </p>
            {rows.length === 0 ? (
              <p data-review-queue-empty>{pick(TEXT.empty, language)}</p>
            ) : (
              <table style={{ width: '100%', borderCollapse: 'collapse' }} data-review-queue>
                <thead>
                  <tr>
                    <th scope="col" style={cell}>{pick(TEXT.submission, language)}</th>
                    <th scope="col" style={cell}>{pick(TEXT.organization, language)}</th>
                    <th scope="col" style={cell}>{pick(TEXT.submittedAt, language)}</th>
                    <th scope="col" style={cell}>{pick(TEXT.waiting, language)}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ submission, isChanged, organizationName, waitingDays }) => (
                    <tr key={submission.id} data-submission-id={submission.id}>
                      <td style={cell}>
                        <a href={`${adminRoute}/collections/${COLLECTION.reviewRequests}/${submission.id}`}>{submission.title}</a>
                        {submission.note ? (
                          <div>
                            <small>
                              {pick(TEXT.note, language)}: {submission.note}
                            </small>
                          </div>
                        ) : null}
                        {isChanged ? (
                          <div>
                            <small>⚠ {pick(TEXT.changed, language)}</small>
                          </div>
                        ) : null}
                      </td>
                      <td style={cell}>{organizationName}</td>
                      <td style={cell}>{formatDateTime(submission.submittedAt, language)}</td>
                      <td style={cell}>
                        {waitingDays} {pick(TEXT.days, language)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {queue && queue.totalDocs > rows.length ? (
              <p>
                +{queue.totalDocs - rows.length} {pick(TEXT.more, language)}
              </p>
            ) : null}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
