// Delivers next-auth's e-mail sign-in link. With SMTP it is mailed. Without SMTP, only the demo writes it to the
// server log (for the person trying the demo); a production server refuses and logs that mail is not configured,
// never the link, which is a credential.
import { createTransport } from 'nodemailer'

export class MailNotConfiguredError extends Error {
  constructor() {
    super('No mail server is configured (SMTP_URL), so no sign-in link can be sent.')
    this.name = 'MailNotConfiguredError'
  }
}

export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  if (!process.env.SMTP_URL) {
    if (process.env.DEMO_SIGN_IN === 'true') {
      console.log(`summer: (demo, no SMTP) sign-in link for ${identifier}: ${url}`)
      return
    }
    console.error('summer: a sign-in link was requested, but no mail server is configured: set SMTP_URL and EMAIL_FROM.')
    throw new MailNotConfiguredError()
  }
  await createTransport(process.env.SMTP_URL).sendMail({
    to: identifier,
    from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
    subject: 'Your sign-in link',
    text: `Sign in by opening this link (it works once and expires in 24 hours):\n\n${url}\n\nIf you did not ask for it, ignore this mail.`,
  })
}
