import type { ProposalStatus } from '@/generated/prisma/enums'
import { STATUS_LABEL } from '@/lib/proposals/rules'

const LOOK: Record<ProposalStatus, string> = {
  DRAFT: 'border-stone-300 bg-stone-100 text-stone-800',
  SUBMITTED: 'border-blue-300 bg-blue-50 text-blue-900',
  WITHDRAWN: 'border-amber-300 bg-amber-50 text-amber-900',
  ACCEPTED: 'border-green-300 bg-green-50 text-green-900',
  REJECTED: 'border-stone-300 bg-white text-stone-700',
}

/** The proposal's status as a word, never as a colour alone. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${LOOK[status]}`}>{STATUS_LABEL[status]}</span>
}
