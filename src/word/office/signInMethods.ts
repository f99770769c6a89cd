/// <reference types="office-js" />
/**
 * The real sign-in methods in Office: MSAL's nestable client, and the Office dialog that runs
 * the sign-in page (`auth-dialog.html`) and sends the token back with `messageParent`.
 */
import { createNestablePublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';

import type { ExpiringToken } from '../auth/BearerToken';
import { SignInError, type SignInMethods, type SignInSettings } from '../auth/officeSignIn';

/** What the dialog page sends back. */
export interface DialogAnswer {
  readonly accessToken?: string;
  readonly expiresOn?: string;
  readonly error?: string;
}

function openDialog(url: string): Promise<ExpiringToken> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new SignInError('Inloggningsfönstret kunde inte öppnas. Tillåt popup-fönster och försök igen.', 'The sign-in window could not open. Allow pop-ups and try again.'));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let answer: DialogAnswer = {};
        try {
          answer = JSON.parse((arg as { message: string }).message) as DialogAnswer;
        } catch {
          answer = { error: 'unreadable' };
        }
        if (answer.accessToken) {
          resolve({ token: answer.accessToken, expiresOn: new Date(answer.expiresOn ?? Date.now() + 30 * 60 * 1000) });
        } else {
          reject(new SignInError(`Inloggningen misslyckades (${answer.error ?? 'okänt fel'}).`, `Sign-in failed (${answer.error ?? 'unknown error'}).`));
        }
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        reject(new SignInError('Inloggningsfönstret stängdes innan du var inloggad.', 'The sign-in window closed before you were signed in.'));
      });
    });
  });
}

/** MSAL and the Office dialog. */
export const officeSignInMethods: SignInMethods = {
  createNestableClient: (settings: SignInSettings): Promise<IPublicClientApplication> =>
    createNestablePublicClientApplication({
      auth: { clientId: settings.clientId, authority: settings.authority ?? 'https://login.microsoftonline.com/organizations' }
    }),
  openSignInDialog: openDialog
};
