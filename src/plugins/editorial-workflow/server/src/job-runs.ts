import type { Core } from '@strapi/strapi';

/** The event the app's metrics count (src/metrics, JOB_FINISHED), with `{ job, failed }`. */
const JOB_FINISHED = 'phuong.job.finished';

/** Runs a scheduled job and announces how it ended; the job's own result or error passes through. */
export async function announcedRun<T>(strapi: Core.Strapi, job: string, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    void strapi.eventHub.emit(JOB_FINISHED, { job, failed: false });
    return result;
  } catch (error) {
    void strapi.eventHub.emit(JOB_FINISHED, { job, failed: true });
    throw error;
  }
}
