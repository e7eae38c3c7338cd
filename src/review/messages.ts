/** What the review workflow tells people, Indonesian first. */
export const REVIEW_MESSAGE = {
  notReviewable:
    'Hanya komitmen, tonggak capaian dan laporan kemajuan yang diajukan untuk ditinjau (only commitments, milestones and progress reports are submitted for review).',
  documentNotFound:
    'Dokumen yang diajukan tidak ditemukan atau tidak dapat Anda akses (the submitted document does not exist or you cannot access it).',
  otherOrganization:
    'Mitra hanya dapat mengajukan dokumen organisasinya sendiri (partners can only submit their own organization’s documents).',
  documentTrashed: 'Dokumen ini ada di tempat sampah; pulihkan dulu sebelum mengajukannya (this document is in the trash; restore it first).',
  nothingToReview:
    'Tidak ada perubahan yang menunggu tinjauan: versi terakhir dokumen ini sudah terbit (nothing to review: the latest version is already published).',
  reportAlreadyApproved: 'Laporan ini sudah disetujui (this report is already approved).',
  onlySubmittedCanBeDecided:
    'Pengajuan ini sudah diputuskan atau ditarik; yang dapat diputuskan hanya pengajuan yang berstatus "Diajukan" (this submission has already been decided or withdrawn).',
  decisionMustBeApproveOrRequestChanges:
    'Keputusan tinjauan harus "Disetujui" atau "Perlu perbaikan" (a review decision is either approve or request changes).',
  commentRequired:
    'Tuliskan komentar untuk mitra: apa yang perlu diperbaiki (a comment telling the partner what to change is required when requesting changes).',
  changedSinceSubmission:
    'Dokumen diubah setelah diajukan, sehingga yang akan terbit bukan lagi yang Anda tinjau. Minta mitra mengajukannya kembali, atau tinjau perubahannya lalu terbitkan langsung (the document was edited after it was submitted; ask the partner to submit again).',
  documentGone: 'Dokumen yang diajukan sudah tidak ada atau ada di tempat sampah (the submitted document no longer exists or is in the trash).',
  withdrawnBySubmission: 'Digantikan oleh pengajuan yang lebih baru (replaced by a newer submission).',
  withdrawnByTrash: 'Dokumen dipindahkan ke tempat sampah (the document was moved to the trash).',
  decidedOutsideReview: 'Diputuskan langsung pada dokumen, bukan melalui pengajuan ini (decided directly on the document).',
} as const
