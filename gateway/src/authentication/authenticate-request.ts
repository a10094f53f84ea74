import type { IncomingMessage } from 'node:http';
import type { Requester } from '../../../runtime/requester.ts';
import type { AccessTokenVerifier } from './access-token.ts';
import type { PurposeOfUseReader } from './purpose-of-use.ts';
import type { StaffDirectory } from './staff-directory.ts';

/** Request -> verified requester: identity from the access token, held to the staff directory, then the stated purpose. */
export function requestAuthenticator(tokens: AccessTokenVerifier, directory: StaffDirectory, purposes: PurposeOfUseReader) {
  return async (request: IncomingMessage, requestId: string): Promise<Requester> => {
    const identity = await tokens.verify(request.headers.authorization);
    await directory.confirm(identity);
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
