import { APIError } from 'payload'

import { staleWriteMessage } from './messages'

/**
 * Refusals that are part of normal collaboration, not faults: named so that Payload's
 * `loggingLevels` can log them as info (see CONCURRENCY_LOGGING_LEVELS). Names are set
 * explicitly because a minified build renames classes.
 */

/** 409: the document was edited after the state the write is based on. */
export class DocumentChangedError extends APIError {
  constructor({ updatedAt }: { updatedAt?: string }) {
    super(staleWriteMessage, 409, { updatedAt }, true)
    this.name = 'DocumentChanged'
  }
}

/** 400: an If-Match or basedOnUpdatedAt that cannot be read, or that cannot apply. */
export class InvalidPreconditionError extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'InvalidPrecondition'
  }
}

/** For payload.config.ts `loggingLevels`: Payload logs unknown error names as errors, with a stack. */
export const CONCURRENCY_LOGGING_LEVELS = { DocumentChanged: 'info', InvalidPrecondition: 'info' } as const
