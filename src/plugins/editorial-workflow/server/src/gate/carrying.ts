import { AsyncLocalStorage } from 'node:async_hooks';

/** The Document Service action the plugin itself is carrying out right now, if any. */
export interface Carried {
  uid: string;
  documentId: string;
  action: 'publish' | 'unpublish';
}

const storage = new AsyncLocalStorage<Carried>();

/** Runs `work` as the plugin carrying out `carried`: the gate lets exactly that action through. */
export function carry<T>(carried: Carried, work: () => Promise<T>): Promise<T> {
  return storage.run(carried, work);
}

export function isCarried(uid: string, documentId: string | undefined, action: string): boolean {
  const current = storage.getStore();
  return Boolean(current && current.uid === uid && current.documentId === documentId && current.action === action);
}
