/**
 * Sign-in from the Word task pane for a delegated token to the SharePoint site: MSAL's nested
 * app authentication (NAA) where the host supports it (NestedAppAuth 1.1), else a sign-in page in
 * an Office dialog (`displayDialogAsync`, DialogApi 1.1) that runs MSAL's redirect flow and
 * hands the token back with `messageParent`. The scope is the tenant's own SharePoint resource.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';

import type { HostSupport } from '../document/requirements';
import { cachedTokenProvider, type AccessTokenProvider, type ExpiringToken } from './BearerToken';

/** What sign-in needs to know; `config.json` next to the task pane carries it. */
export interface SignInSettings {
  /** The Entra app registration's client id (a single-page app with `brk-multihub://<domain>` as redirect URI). */
  readonly clientId: string;
  /** The SharePoint site the plans live on, e.g. `https://kommun.sharepoint.com/sites/internkontroll`. */
  readonly siteUrl: string;
  /** Authority; the organisation's tenant or `organizations`. */
  readonly authority?: string;
  /** Scopes; by default the tenant's SharePoint `/.default`. */
  readonly scopes?: string[];
  /** The sign-in dialog page (`auth-dialog.html` next to the task pane). */
  readonly dialogUrl: string;
}

/** The delegated SharePoint scope of a site: `https://<tenant>.sharepoint.com/.default`. */
export function sharePointScopes(settings: Pick<SignInSettings, 'siteUrl' | 'scopes'>): string[] {
  return settings.scopes && settings.scopes.length > 0 ? settings.scopes : [`${new URL(settings.siteUrl).origin}/.default`];
}

/** A sign-in failure, Swedish first. */
export class SignInError extends Error {
  public readonly messageEn: string;
  public constructor(message: string, messageEn: string) {
    super(message);
    this.name = 'SignInError';
    this.messageEn = messageEn;
  }
}

/** The ways to sign in, given to `createOfficeTokenProvider` (MSAL and Office in the task pane, fakes in tests). */
export interface SignInMethods {
  /** `createNestablePublicClientApplication` with the settings' client id and authority. */
  createNestableClient(settings: SignInSettings): Promise<IPublicClientApplication>;
  /** Opens the sign-in dialog and resolves to the token it sends back. */
  openSignInDialog(url: string): Promise<ExpiringToken>;
}

function interactionRequired(error: unknown): boolean {
  const name = (error as { name?: string; errorCode?: string }).name ?? '';
  const code = (error as { errorCode?: string }).errorCode ?? '';
  return name === 'InteractionRequiredAuthError' || /interaction_required|consent_required|login_required/.test(code);
}

/** The dialog page's address with what it needs in the query. */
export function dialogAddress(settings: SignInSettings): string {
  const url = new URL(settings.dialogUrl);
  url.searchParams.set('clientId', settings.clientId);
  url.searchParams.set('authority', settings.authority ?? 'https://login.microsoftonline.com/organizations');
  url.searchParams.set('scopes', sharePointScopes(settings).join(' '));
  return url.toString();
}

/** The token provider for this host: NAA when supported, the dialog otherwise. */
export function createOfficeTokenProvider(settings: SignInSettings, support: HostSupport, methods: SignInMethods): AccessTokenProvider {
  const scopes = sharePointScopes(settings);
  if (support.nestedAppAuth) {
    let client: Promise<IPublicClientApplication> | undefined;
    return cachedTokenProvider(async () => {
      client = client ?? methods.createNestableClient(settings);
      const pca = await client;
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      let result;
      try {
        result = await pca.acquireTokenSilent({ scopes, account });
      } catch (error) {
        if (!interactionRequired(error)) {
          throw new SignInError('Inloggningen misslyckades. Försök igen.', 'Sign-in failed. Try again.');
        }
        result = await pca.acquireTokenPopup({ scopes });
      }
      if (result.account) {
        pca.setActiveAccount(result.account);
      }
      return { token: result.accessToken, expiresOn: result.expiresOn ?? new Date(Date.now() + 30 * 60 * 1000) };
    });
  }
  if (support.dialogApi) {
    return cachedTokenProvider(() => methods.openSignInDialog(dialogAddress(settings)));
  }
  return {
    getToken: () =>
      Promise.reject(
        new SignInError(
          'Den här versionen av Word kan inte logga in till SharePoint åt tillägget. Använd Word för Microsoft 365 eller Word på webben.',
          'This version of Word cannot sign the add-in in to SharePoint. Use Word for Microsoft 365 or Word on the web.'
        )
      )
  };
}
