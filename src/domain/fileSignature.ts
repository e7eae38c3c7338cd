import type { UPLOAD_MIME_TYPES } from '../constants'

export type AcceptedMimeType = (typeof UPLOAD_MIME_TYPES)[number]

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte)

const ascii = (text: string): number[] => Array.from(text, (character) => character.charCodeAt(0))

/**
 * Identifies an upload by its first bytes rather than by its name or the browser's claim,
 * so a script renamed to `.pdf` is refused. Returns null for anything Lentera does not accept.
 */
export const detectAcceptedMimeType = (bytes: Uint8Array): AcceptedMimeType | null => {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return null
}
