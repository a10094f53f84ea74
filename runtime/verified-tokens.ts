import { LRUCache } from 'lru-cache';

/**
 * Bearer tokens whose signature and claims were checked, with what they said, until an instant
 * the checker chose (never past the token's expiry). The gateway sees a client's access token on
 * every request, and checking an asymmetric signature costs more than most of the work it guards
 * (a requester token is bound to one request and accepted once, so subgraphs check each anew). Refused tokens
 * are never remembered, so they are checked, and refused with their reason, every time.
 */
export class VerifiedTokens<TVerified extends object> {
  private readonly tokens: LRUCache<string, { verified: TVerified; acceptUntilMs: number }>;

  constructor(maxTokens: number) {
    this.tokens = new LRUCache({ max: maxTokens });
  }

  /** What `token` was verified to say, while it is still accepted; undefined once it must be checked again. */
  recall(token: string): TVerified | undefined {
    const remembered = this.tokens.get(token);
    if (!remembered) return undefined;
    if (Date.now() < remembered.acceptUntilMs) return remembered.verified;
    // Checked again from now on, so an expired token is refused as expired.
    this.tokens.delete(token);
    return undefined;
  }

  /** The least recently used token goes first when more than the most are kept. */
  remember(token: string, verified: TVerified, acceptUntilMs: number): void {
    this.tokens.set(token, { verified, acceptUntilMs });
  }
}
