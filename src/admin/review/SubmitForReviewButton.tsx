'use client'

import { PublishButton, SaveDraftButton, toast, useConfig, useDocumentInfo, useForm, useFormModified, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]; message?: string }

/** The most specific message an API error carries (a field's message beats "The following field is invalid"). */
const messageOf = (body: ErrorBody | null): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? body?.message ?? 'Gagal mengirim (submission failed).'

/**
 * Staff publish; partners submit for review ("Kirim untuk ditinjau"): the button saves the
 * draft if it has unsaved changes, then creates a review submission for it.
 */
export function SubmitForReviewButton({ canPublish }: { canPublish: boolean }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { code: locale } = useLocale()
  const router = useRouter()
  const [isSending, setIsSending] = useState(false)

  if (canPublish) return <PublishButton />
  if (!id || !collectionSlug) return <SaveDraftButton />

  const sendForReview = async () => {
    setIsSending(true)
    try {
      if (modified) {
        const saved = await submit({
          action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true` }),
          method: 'PATCH',
          overrides: { _status: 'draft' },
          skipValidation: true,
          disableSuccessStatus: true,
        })
        // Payload has already shown why the save failed.
        if (!saved || !saved.res.ok) return
      }
      const response = await fetch(formatAdminURL({ apiRoute: api, path: '/review-requests' }), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'id' },
        body: JSON.stringify({ documentCollection: collectionSlug, documentId: String(id) }),
      })
      const body = (await response.json().catch(() => null)) as ErrorBody | null
      if (response.ok) {
        toast.success('Terkirim untuk ditinjau sekretariat (submitted for review).')
        router.refresh()
      } else toast.error(messageOf(body))
    } catch {
      toast.error('Tidak dapat terhubung ke server; coba lagi (could not reach the server).')
    } finally {
      setIsSending(false)
    }
  }

  return (
    <button
      type="button"
      className="btn btn--style-primary btn--size-medium btn--withoutPopup"
      disabled={isSending}
      aria-busy={isSending}
      onClick={() => void sendForReview()}
    >
      {isSending ? 'Mengirim…' : 'Kirim untuk ditinjau'}
    </button>
  )
}
