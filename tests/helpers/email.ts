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
