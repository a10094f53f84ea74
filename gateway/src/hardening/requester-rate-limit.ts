import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';

/**
 * Requests each person may make per second. A screen of the profile is a few requests; far more is
 * a script or a runaway client, and one person's flood must not slow everyone else's answers.
 */
export class RequesterRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(requestsPerSecond: number) {
    this.limiter = new RateLimiterMemory({ points: requestsPerSecond, duration: 1 });
  }

  /** Resolves when the person may be answered; otherwise refuses with 429 and when to try again. */
  async admit(requester: Pick<Requester, 'userId'>): Promise<void> {
    try {
      await this.limiter.consume(requester.userId);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      throw new RequestRejection(
        429,
        'RATE_LIMITED',
        `Too many requests from you right now. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        {
          'retry-after': String(seconds),
        },
      );
    }
  }
}
