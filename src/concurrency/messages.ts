/** What a person reads when a write is refused to protect someone else's work. Indonesian first. */

export const staleWriteMessage =
  'Dokumen ini telah diubah oleh orang lain sejak Anda membukanya; muat ulang lalu terapkan kembali perubahan Anda (this document was changed by someone else since you opened it; reload and reapply your changes). Untuk koleksi berdraf, muat dengan ?draft=true agar draf terbaru ikut terbaca (for collections with drafts, reload with ?draft=true to see the latest draft).'

export const lockedMessage = ({ lockMinutes }: { lockMinutes: number }) =>
  `Dokumen ini sedang disunting oleh pengguna lain sehingga terkunci; coba lagi setelah ia selesai (kunci berakhir ${lockMinutes} menit setelah aktivitas terakhirnya) atau ambil alih penyuntingan di panel admin (this document is locked because someone else is editing it; try again when they finish — the lock ends ${lockMinutes} minutes after their last activity — or take over editing in the admin panel).`

export const invalidIfMatchMessage =
  'Header If-Match harus berisi updatedAt dokumen yang Anda sunting sebagai waktu ISO 8601 lengkap, mis. "2026-01-31T08:00:00.000Z" (If-Match must carry the updatedAt of the document you edited, as a full ISO 8601 timestamp).'

export const invalidBasedOnMessage = (field: string) =>
  `${field} harus berisi updatedAt dokumen yang Anda sunting sebagai waktu ISO 8601 lengkap, mis. "2026-01-31T08:00:00.000Z" (${field} must be the updatedAt of the document you edited, as a full ISO 8601 timestamp).`

export const bulkPreconditionMessage = (field: string) =>
  `If-Match dan ${field} hanya berlaku saat memperbarui atau menghapus satu dokumen menurut ID-nya (If-Match and ${field} apply only when updating or deleting one document by its id).`
