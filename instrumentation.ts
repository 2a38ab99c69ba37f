// Next's server hooks: register() sends console output through the structured log (lib/log.ts) and starts the
// outbox's periodic release of held mail; onRequestError writes one line per failed request or server action,
// with a request id and the reason.
import type { Instrumentation } from 'next'

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { routeConsoleToLogger } = await import('./lib/log')
  routeConsoleToLogger()
  // The outbox's background work: held mail (the decision letters) released at its time by the app's clock with
  // no request needed, and failed deliveries retried (lib/outbox/dispatch.ts).
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startDispatcher } = await import('./lib/outbox/dispatch')
    startDispatcher()
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { isUserInputError, log, requestId } = await import('./lib/log')
  const badInput = isUserInputError(error)
  log[badInput ? 'warn' : 'error'](
    {
      reqId: requestId(request.headers),
      method: request.method,
      path: request.path,
      kind: context.routeType,
      route: context.routePath,
      ...(context.routeType === 'action' ? { action: request.headers['next-action'] } : {}),
      err: error,
    },
    badInput ? `refused ${context.routeType}: malformed input` : `failed ${context.routeType}`,
  )
}
