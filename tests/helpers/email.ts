import type { TestApp } from './strapi';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Runs `work` as if an SMTP provider were configured, catching what Strapi's email service is asked to
 * send instead of sending it (there is no mail server here); restores the service afterwards.
 */
export async function capturingEmail(app: TestApp, work: () => Promise<void>): Promise<SentMail[]> {
  const sent: SentMail[] = [];
  const email = app.strapi.plugin('email').service('email');
  const send = email.send;
  const provider = app.strapi.config.get('plugin::email.provider');
  email.send = async (message: SentMail) => { sent.push(message); };
  app.strapi.config.set('plugin::email.provider', 'nodemailer');
  try {
    await work();
  } finally {
    email.send = send;
    app.strapi.config.set('plugin::email.provider', provider);
  }
  return sent;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpRelay {
  port: number;
  /** Messages accepted, parsed with mailparser, in the order they arrived. */
  received: ReceivedMail[];
  /** Every delivery tried (accepted or refused), by recipient. */
  attempts: string[];
  /** The next `n` deliveries are refused with 451 (a relay busy or greylisting). */
  refuse(n: number): void;
  /** Environment that points Strapi's nodemailer provider at this relay. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port, as the ward's relay would be: no TLS, no authentication. */
export async function startSmtpRelay(): Promise<SmtpRelay> {
  const { SMTPServer } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  const received: ReceivedMail[] = [];
  const attempts: string[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      attempts.push(address.address);
      if (refusals > 0) {
        refusals -= 1;
        return callback(Object.assign(new Error('Hệ thống thư đang bận, thử lại sau'), { responseCode: 451 }));
      }
      return callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address ?? ''));
          received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as import('node:net').AddressInfo).port));
  });
  return {
    port,
    received,
    attempts,
    refuse(n) { refusals = n; },
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_USERNAME: '', EMAIL_FROM: 'thongbao@phulam.test' },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
