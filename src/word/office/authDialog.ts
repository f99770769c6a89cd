/// <reference types="office-js" />
/**
 * The sign-in page shown in an Office dialog where nested app authentication is not supported:
 * MSAL's redirect flow in the dialog's own window, then the token goes back to the task pane
 * with `Office.context.ui.messageParent`. Client id, authority and scopes come in the query.
 */
import { PublicClientApplication } from '@azure/msal-browser';

async function signIn(): Promise<void> {
  // Back from the sign-in page the address has lost its query: it was kept for this.
  const query = new URLSearchParams(window.location.search.indexOf('clientId=') >= 0 ? window.location.search : sessionStorage.getItem('ik-auth-query') ?? '');
  const clientId = query.get('clientId') ?? '';
  const authority = query.get('authority') ?? 'https://login.microsoftonline.com/organizations';
  const scopes = (query.get('scopes') ?? '').split(' ').filter((scope) => scope !== '');
  const pca = new PublicClientApplication({
    auth: { clientId, authority, redirectUri: window.location.origin + window.location.pathname },
    cache: { cacheLocation: 'sessionStorage' }
  });
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  if (result) {
    Office.context.ui.messageParent(JSON.stringify({ accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.toISOString() : undefined }));
    return;
  }
  // The query (client id, scopes) must survive the round trip through the sign-in page.
  sessionStorage.setItem('ik-auth-query', query.toString());
  await pca.acquireTokenRedirect({ scopes, redirectStartPage: window.location.href });
}

Office.onReady(() => {
  signIn().catch((error: unknown) => {
    const code = (error as { errorCode?: string }).errorCode ?? (error instanceof Error ? error.message : 'unknown');
    Office.context.ui.messageParent(JSON.stringify({ error: code }));
  });
});
