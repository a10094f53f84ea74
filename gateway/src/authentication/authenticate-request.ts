import type { IncomingMessage } from 'node:http';
import type { Requester } from '../../../runtime/requester.ts';
import type { AccessTokenVerifier } from './access-token.ts';
import type { PurposeOfUseReader } from './purpose-of-use.ts';

/** Request -> verified requester: identity from the access token, then the stated purpose. */
export function requestAuthenticator(tokens: AccessTokenVerifier, purposes: PurposeOfUseReader) {
  return async (request: IncomingMessage, requestId: string): Promise<Requester> => {
    const identity = await tokens.verify(request.headers.authorization);
    const purpose = purposes.read(request, identity.purposeOfUse);
    return {
      userId: identity.userId,
      agency: identity.agency,
      roles: identity.roles,
      purposeOfUse: purpose.purposeOfUse,
      breakGlassReason: purpose.breakGlassReason,
      requestId,
    };
  };
}
