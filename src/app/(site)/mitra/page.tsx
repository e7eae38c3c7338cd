import { PartnersPage, partnersMetadata } from '../../../site/pages/PartnerPages'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => partnersMetadata('id')

export default function Page() {
  return <PartnersPage lang="id" />
}
