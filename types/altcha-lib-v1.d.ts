// altcha-lib publishes its v1 API (the classic ALTCHA widget protocol) as the subpath export
// "altcha-lib/v1", which the project's `moduleResolution: node` cannot map to types by itself.
declare module 'altcha-lib/v1' {
  export interface Challenge {
    algorithm: string;
    challenge: string;
    maxnumber?: number;
    salt: string;
    signature: string;
  }
  export interface Payload extends Challenge {
    number: number;
  }
  export function createChallenge(options: { hmacKey: string; maxnumber?: number; expires?: Date; algorithm?: string }): Promise<Challenge>;
  export function verifySolution(payload: string | Payload, hmacKey: string, checkExpires?: boolean): Promise<boolean>;
  export function solveChallenge(challenge: string, salt: string, algorithm?: string, max?: number): {
    promise: Promise<{ number: number; took: number } | null>;
    controller: AbortController;
  };
}
