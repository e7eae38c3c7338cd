import type { CollectionBeforeValidateHook } from 'payload'
import { APIError, ValidationError } from 'payload'

import { COLLECTION, UPLOAD_MAX_BYTES } from '../../../src/constants'
import { detectAcceptedMimeType } from '../../../src/domain/fileSignature'

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1)

/**
 * Checks an upload by its bytes: the extension and the browser's content type are only
 * claims. A file over the limit is refused with 413 before anything is written.
 */
export const verifyUpload: CollectionBeforeValidateHook = ({ data, req }) => {
  const file = req.file
  if (!file) return data
  if (file.size > UPLOAD_MAX_BYTES) {
    throw new APIError(
      `Berkas ${megabytes(file.size)} MB melebihi batas ${megabytes(UPLOAD_MAX_BYTES)} MB (the file is larger than the 20 MB limit).`,
      413,
      undefined,
      true,
    )
  }
  const detected = file.data ? detectAcceptedMimeType(file.data) : null
  if (!detected) {
    throw new ValidationError({
      collection: COLLECTION.media,
      errors: [
        {
          path: 'file',
          message: `Isi berkas "${file.name}" bukan PDF, PNG, JPEG atau WebP (only PDF, PNG, JPEG and WebP files are accepted, checked by content).`,
        },
      ],
    })
  }
  file.mimetype = detected
  return data
}
