import { useEffect } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { signInUrl } from './session';

/** The message the sign-in window sends back to the page that opened it. */
const SIGNED_IN_MESSAGE = 'csec-signed-in';
/** Where the sign-in window lands when the county's sign-in is done. */
export const SIGNED_IN_PATH = '/signed-in';

/**
 * The session ended while the person was working. Signing in again happens in a window of its own,
 * so this page, and everything typed on it, stays as it is; the person then carries on.
 */
export function SessionEndedDialog({ message, onSignedIn }: { message: string; onSignedIn: () => void }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && event.data === SIGNED_IN_MESSAGE) onSignedIn();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onSignedIn]);
  return (
    <ModalOverlay isOpen className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">Your session has ended</Heading>
          <p>{message}</p>
          <p>Sign in again in a new window. This page stays open, with everything you typed on it.</p>
          <div className="actions">
            <Button
              className="button primary"
              onPress={() => window.open(signInUrl(SIGNED_IN_PATH), 'csec-sign-in', 'popup,width=560,height=720')}
            >
              Sign in again
            </Button>
            <a className="button" href={signInUrl()}>
              Sign in on this page instead
            </a>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The sign-in window: tells the page that opened it, then closes. */
export function SignedInWindow() {
  useEffect(() => {
    if (!window.opener) {
      window.location.replace('/');
      return;
    }
    (window.opener as Window).postMessage(SIGNED_IN_MESSAGE, window.location.origin);
    window.close();
  }, []);
  return (
    <main id="main" className="narrow">
      <h1>You are signed in again</h1>
      <p>Go back to the window you were working in.</p>
    </main>
  );
}
