import { Forbidden } from 'payload'

/** Why a request was refused, in Indonesian first, and what to do instead. */
export const ACCESS_MESSAGE = {
  partnerCannotPublish:
    'Mitra tidak dapat mempublikasikan; kirim untuk ditinjau sekretariat (partners cannot publish; submit for the secretariat’s review).',
  partnerCannotApprove:
    'Mitra tidak dapat menyetujui laporan kemajuan; sekretariat yang meninjau dan menyetujuinya (partners cannot approve progress reports; the secretariat reviews them).',
  partnerCannotRestorePublished:
    'Mitra tidak dapat memulihkan versi yang pernah terbit karena itu sama dengan mempublikasikan; pulihkan sebagai draf (?draft=true) lalu kirim untuk ditinjau sekretariat (partners cannot restore a published version, which would publish it; restore it as a draft and submit it for review).',
  partnerMustSaveDraft:
    'Dokumen ini sudah terbit: mitra hanya dapat menyimpan perubahan sebagai draf (?draft=true) untuk ditinjau sekretariat (this document is published; partners can only save changes as a draft for the secretariat’s review).',
  partnerCannotEditApproved:
    'Laporan yang sudah disetujui hanya dapat diubah sekretariat; buat laporan baru atau minta sekretariat membukanya kembali (approved reports can only be changed by the secretariat).',
  partnerCannotDelete:
    'Mitra tidak dapat menghapus permanen; pindahkan dokumen yang belum pernah terbit ke tempat sampah (partners cannot delete permanently; move a never-published document to the trash instead).',
  partnerCannotTrashPublished:
    'Mitra hanya dapat membuang atau memulihkan dari tempat sampah dokumen yang belum pernah terbit; minta sekretariat untuk dokumen lainnya (partners can only trash or restore documents that were never public; ask the secretariat for others).',
  partnerOtherOrganization:
    'Mitra hanya dapat menautkan ke komitmen organisasinya sendiri (partners can only link to their own organization’s commitments).',
  onlyAdminGrantsStaffRoles:
    'Hanya admin yang dapat memberikan peran admin atau sekretariat (only an admin can grant the admin or secretariat role).',
  cannotChangeOwnRoles: 'Anda tidak dapat mengubah peran Anda sendiri; minta admin (you cannot change your own roles; ask an admin).',
  cannotChangeOwnOrganization:
    'Anda tidak dapat mengubah organisasi Anda sendiri; minta sekretariat (you cannot change your own organization; ask the secretariat).',
  cannotDeactivateSelf: 'Anda tidak dapat menonaktifkan akun Anda sendiri (you cannot deactivate your own account).',
  accountDeactivated:
    'Akun ini dinonaktifkan; hubungi sekretariat untuk mengaktifkannya kembali (this account is deactivated; contact the secretariat to reactivate it).',
} as const

/** A 403 that says why: still a Forbidden, so anything that handles Payload's refusals handles it. */
export class AccessRefused extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
    // Logged like Payload's own refusals (info, no stack); a minified build would rename the class anyway.
    this.name = 'Forbidden'
  }
}
