import { z } from 'zod';

/** The git hosts the editing screen (Sveltia CMS) can save to. */
const GIT_HOSTS = ['github', 'gitlab'] as const;

const HttpsOriginSchema = z.url({ protocol: /^https$/, error: 'must be a web address starting with https://' }).transform((url) => url.replace(/\/+$/, ''));

/**
 * `editing` in site.yaml: where the editing screen at /admin/ reads and saves the content. Leave it out
 * when the site is built by the ready-made workflow of GitHub or GitLab: the build then takes the
 * repository it runs in. On your own computer, /admin/ can also edit the local copy of the repository
 * (Chrome or Edge), whatever is set here.
 */
export const EditingSchema = z.strictObject({
  /** Where the repository is kept: `github` or `gitlab`. */
  host: z.enum(GIT_HOSTS, { error: 'must be github or gitlab' }),
  /** The repository, as owner/name as in its web address, e.g. `gemeente-voorbeeld/schoolkosten`. */
  repo: z
    .string()
    .trim()
    .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'write the repository as owner/name, as in its web address, e.g. "gemeente-voorbeeld/schoolkosten"'),
  /** The branch the site is published from. */
  branch: z.string().trim().min(1, 'must not be empty').default('main'),
  /**
   * GitLab on the municipality's own server: its address, e.g. `https://gitlab.gemeente.nl`. Leave it out
   * for gitlab.com.
   */
  gitlabUrl: HttpsOriginSchema.optional(),
  /**
   * GitLab: the Application ID of an application made under the group's or user's "Applications"
   * settings (redirect URI: the site's /admin/ address, scope `api`). Adds "Sign in with GitLab"; without
   * it, editors sign in with a personal access token.
   */
  appId: z.string().trim().min(1, 'must not be empty').optional(),
  /**
   * GitHub: the address of a sign-in service for GitHub (an OAuth app with a small helper such as
   * sveltia-cms-auth). Adds "Sign in with GitHub"; without it, editors sign in with a personal access token.
   */
  authUrl: HttpsOriginSchema.optional(),
});
export type Editing = z.output<typeof EditingSchema>;
