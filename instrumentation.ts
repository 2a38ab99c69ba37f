// Next's server hooks: register() sends console output through the structured log (lib/log.ts), and
// onRequestError writes one line per failed request or server action, with a request id and the reason.
import type { Instrumentation } from 'next'

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { routeConsoleToLogger } = await import('./lib/log')
  routeConsoleToLogger()
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
