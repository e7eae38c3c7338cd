import type { Endpoint } from 'payload'

import { COLLECTION } from '../constants'
import type { PartnerCollection } from '../access/publication'
import { submissionChanges } from './submissionChanges'

/**
 * `GET /api/review-requests/:id/changes`: what a submission changes against the last published
 * version, for whoever may read the submission (staff; the submitting organization).
 */
export const submissionChangesEndpoint: Endpoint = {
  path: '/:id/changes',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id as string
    const submission = await req.payload.findByID({
      collection: COLLECTION.reviewRequests,
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const changes = await submissionChanges({
      req,
      submission: {
        documentCollection: submission.documentCollection as PartnerCollection,
        documentId: submission.documentId,
        documentRevision: submission.documentRevision,
      },
    })
    return Response.json({ submission: { id: submission.id, state: submission.state, title: submission.title }, ...changes })
  },
}
