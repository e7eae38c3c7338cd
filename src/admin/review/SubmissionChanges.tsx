import type { UIFieldServerComponent } from 'payload'

import type { PartnerCollection } from '../../access/publication'
import { submissionChanges } from '../../review/submissionChanges'
import { formatDateTime, pick } from './format'

const TEXT = {
  heading: { id: 'Perubahan yang diajukan', en: 'Submitted changes' },
  comparedWithPublished: { id: 'Dibandingkan dengan versi terbit terakhir', en: 'Compared with the last published version' },
  nothingPublished: { id: 'Belum pernah terbit: semua isi adalah baru.', en: 'Never published: all content is new.' },
  reportWhole: {
    id: 'Laporan kemajuan tidak menyimpan versi: ditampilkan seluruh isi laporan.',
    en: 'Progress reports keep no versions: the whole report is shown.',
  },
  changedSince: {
    id: 'Perhatian: dokumen diubah setelah diajukan. Persetujuan akan ditolak sampai mitra mengajukannya kembali.',
    en: 'Note: the document was edited after it was submitted. Approval will be refused until the partner submits again.',
  },
  gone: { id: 'Dokumen yang diajukan sudah tidak ada.', en: 'The submitted document no longer exists.' },
  none: { id: 'Tidak ada perbedaan isi.', en: 'No differences in content.' },
  field: { id: 'Bidang', en: 'Field' },
  before: { id: 'Sebelum (terbit)', en: 'Before (published)' },
  after: { id: 'Sesudah (diajukan)', en: 'After (submitted)' },
  open: { id: 'Buka dokumen', en: 'Open the document' },
  compare: { id: 'Bandingkan versi lengkap', en: 'Compare full versions' },
}

const cell = { padding: '.4rem .6rem', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top', whiteSpace: 'pre-wrap' } as const

/**
 * On a submission's page: what it would change, field by field, against the last published
 * version — the reviewer's basis for approving or requesting changes.
 */
export const SubmissionChanges: UIFieldServerComponent = async ({ data, req, i18n }) => {
  if (!data?.documentCollection || !data?.documentId) return null
  const language = i18n.language
  const collection = data.documentCollection as PartnerCollection
  const result = await submissionChanges({
    req,
    submission: { documentCollection: collection, documentId: String(data.documentId), documentRevision: data.documentRevision ?? null },
  })
  const adminRoute = req.payload.config.routes.admin
  const documentUrl = `${adminRoute}/collections/${collection}/${String(data.documentId)}`
  const compareUrl =
    result.submittedVersionId !== null && result.comparedWith.kind === 'published-version'
      ? `${documentUrl}/versions/${String(result.submittedVersionId)}?versionFrom=${String(result.comparedWith.versionId)}`
      : null

  return (
    <section className="field-type lentera-submission-changes" style={{ marginBottom: '2rem' }} aria-labelledby="lentera-changes-heading">
      <h3 id="lentera-changes-heading">{pick(TEXT.heading, language)}</h3>
      {!result.documentExists ? (
        <p role="alert">{pick(TEXT.gone, language)}</p>
      ) : (
        <>
          <p>
            {result.comparedWith.kind === 'published-version'
              ? `${pick(TEXT.comparedWithPublished, language)} (${formatDateTime(result.comparedWith.publishedAt, language)}).`
              : pick(result.hasVersions ? TEXT.nothingPublished : TEXT.reportWhole, language)}{' '}
            <a href={documentUrl}>{pick(TEXT.open, language)}</a>
            {compareUrl ? (
              <>
                {' · '}
                <a href={compareUrl}>{pick(TEXT.compare, language)}</a>
              </>
            ) : null}
          </p>
          {result.changedSinceSubmission && data.state === 'submitted' ? (
            <p role="alert" style={{ padding: '.5rem .75rem', background: 'var(--theme-warning-100)', borderLeft: '4px solid var(--theme-warning-500)' }}>
              {pick(TEXT.changedSince, language)}
            </p>
          ) : null}
          {result.changes.length === 0 ? (
            <p>{pick(TEXT.none, language)}</p>
          ) : (
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>{pick(TEXT.field, language)}</th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>{pick(TEXT.before, language)}</th>
                  <th scope="col" style={{ ...cell, textAlign: 'left' }}>{pick(TEXT.after, language)}</th>
                </tr>
              </thead>
              <tbody>
                {result.changes.map((change) => (
                  <tr key={change.path} data-change-path={change.path}>
                    <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 600 }}>{pick(change.label, language)}</th>
                    <td style={cell}>
                      {change.before ? <del style={{ background: 'var(--theme-error-100)' }}>{change.before}</del> : <span aria-label="kosong">—</span>}
                    </td>
                    <td style={cell}>
                      {change.after ? <ins style={{ background: 'var(--theme-success-100)' }}>{change.after}</ins> : <span aria-label="kosong">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
