// An SMTP server on loopback that accepts every mail and keeps it in memory (nodemailer's smtp-server): the mail
// server of the cluster test's outbox check. It can be stopped and started again on the same port, to check that
// failed sends are retried and never doubled.
import { SMTPServer } from 'smtp-server'

export type SunkMail = { from: string; to: string[]; raw: string }

export function smtpSink(port: number) {
  const received: SunkMail[] = []
  let server: SMTPServer | null = null
  const start = () =>
    new Promise<void>((done, fail) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            })
            callback()
          })
        },
      })
      server.once('error', fail)
      server.listen(port, '127.0.0.1', () => done())
    })
  const stop = () => new Promise<void>((done) => (server ? server.close(() => done()) : done()))
  return { url: `smtp://127.0.0.1:${port}`, received, start, stop }
}
