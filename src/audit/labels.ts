import type { AuditAction, AuditLoginFailure } from '../constants'

type Label = { id: string; en: string }

export const AUDIT_ACTION_LABELS: Record<AuditAction, Label> = {
  create: { id: 'Dibuat', en: 'Created' },
  update: { id: 'Diubah', en: 'Updated' },
  publish: { id: 'Diterbitkan', en: 'Published' },
  unpublish: { id: 'Batal diterbitkan', en: 'Unpublished' },
  trash: { id: 'Dipindahkan ke sampah', en: 'Moved to trash' },
  restore: { id: 'Dipulihkan dari sampah', en: 'Restored from trash' },
  delete: { id: 'Dihapus permanen', en: 'Deleted' },
  login: { id: 'Masuk', en: 'Logged in' },
  'login-failed': { id: 'Gagal masuk', en: 'Failed login' },
}

export const AUDIT_LOGIN_FAILURE_LABELS: Record<AuditLoginFailure, Label> = {
  'unknown-account': { id: 'Akun tidak dikenal', en: 'Unknown account' },
  'wrong-password': { id: 'Kata sandi salah', en: 'Wrong password' },
  locked: { id: 'Akun terkunci', en: 'Account locked' },
  refused: { id: 'Ditolak (mis. akun dinonaktifkan)', en: 'Refused (e.g. deactivated account)' },
}
