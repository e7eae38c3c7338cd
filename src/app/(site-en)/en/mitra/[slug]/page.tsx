import { PartnerPage, partnerMetadata } from '../../../../../site/pages/PartnerPages'
import { decodeSegment } from '../../../../../site/publicValues'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => partnerMetadata('en', decodeSegment((await params).slug))

export default async function Page({ params }: Props) {
  return <PartnerPage lang="en" slug={decodeSegment((await params).slug)} />
}
