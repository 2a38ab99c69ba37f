// Runs in the browser before the app becomes interactive. zod probes once whether it may compile validators with
// `new Function`; under our Content-Security-Policy (no 'unsafe-eval') that probe alone is reported as a
// violation. Tell zod to validate without compiling, as it would after a failed probe anyway.
import { config } from 'zod/v4/core'

config({ jitless: true })
