import { PartnersPage, partnersMetadata } from '../../../../site/pages/PartnerPages'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => partnersMetadata('en')

export default function Page() {
  return <PartnersPage lang="en" />
}
