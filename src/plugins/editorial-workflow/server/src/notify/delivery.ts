import type { Core } from '@strapi/strapi';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** config/plugins.ts → email.config.retry (EMAIL_RETRY_ATTEMPTS, EMAIL_RETRY_DELAY_MS). */
export interface RetryPolicy {
  attempts: number;
  delayMs: number;
}

const DEFAULT_POLICY: RetryPolicy = { attempts: 3, delayMs: 30_000 };

function policyOf(strapi: Core.Strapi): RetryPolicy {
  const configured = (strapi.config.get('plugin::email.retry') ?? {}) as Partial<RetryPolicy>;
  return {
    attempts: Math.max(1, Math.floor(configured.attempts ?? DEFAULT_POLICY.attempts)),
    delayMs: Math.max(0, configured.delayMs ?? DEFAULT_POLICY.delayMs),
  };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Hands one message to Strapi's email plugin. The first attempt is made at once (the caller has already
 * committed the in-app notice, which nothing here can undo); if the relay refuses or is unreachable, the
 * message is tried again in the background after `delayMs`, then twice that, up to `attempts` in all, and
 * every failure is logged. Resolves with whether the first attempt went through.
 */
export async function deliver(strapi: Core.Strapi, message: MailMessage): Promise<boolean> {
  const { attempts, delayMs } = policyOf(strapi);
  const attempt = async (n: number): Promise<boolean> => {
    try {
      await strapi.plugin('email').service('email').send(message);
      if (n > 1) strapi.log.info(`editorial-workflow: e-mail to ${message.to} sent at attempt ${n}/${attempts}`);
      return true;
    } catch (error) {
      if (n >= attempts) {
        strapi.log.error(`editorial-workflow: e-mail to ${message.to} not sent after ${attempts} attempts (${reasonOf(error)}); the notice stays in the in-app inbox`);
        return false;
      }
      const wait = delayMs * 2 ** (n - 1);
      strapi.log.warn(`editorial-workflow: e-mail to ${message.to} failed at attempt ${n}/${attempts} (${reasonOf(error)}); trying again in ${wait} ms`);
      // Not awaited: a slow relay must not hold the step that caused the notice. unref: nor the process.
      setTimeout(() => void attempt(n + 1), wait).unref();
      return false;
    }
  };
  return attempt(1);
}
