// A real OpenID Connect provider (the npm package oidc-provider) on 127.0.0.1, for égide's console
// tests only: started by tests/console/oidc_provider.py with its settings in the environment.
//
//   OIDC_PORT          port to listen on (127.0.0.1 only)
//   OIDC_CLIENT_ID     the one confidential client (égide), its OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI
//   OIDC_ROLE_CLAIM    name of the claim carrying roles (in the ID token and user info, scope « profile »)
//   OIDC_ACCOUNTS      JSON: { "login": { "email": …, "email_verified": true, "name": …, "<claim>": [...] } }
//
// People sign in on the package's development login page (any password): what is under test is
// égide as the relying party, not this page. Consent is granted for égide's client up front, as an
// establishment configures its own applications in Keycloak or AD FS.
import http from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const clientId = process.env.OIDC_CLIENT_ID;
const roleClaim = process.env.OIDC_ROLE_CLAIM || 'groups';
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS || '{}');

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: process.env.OIDC_CLIENT_SECRET,
    redirect_uris: [process.env.OIDC_REDIRECT_URI],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', roleClaim] },
  conformIdTokenClaims: false, // the claims of the scopes asked for go into the ID token too
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['egide-tests-only-not-a-secret'] },
  async findAccount(ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...claims }; } };
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    if (ctx.oidc.client.clientId !== clientId) return undefined;
    const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name', roleClaim]);
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (ctx, error) => { console.error('server_error', error); });

http.createServer(provider.callback()).listen(port, '127.0.0.1', () => {
  console.log(`ready ${issuer}`);
});
