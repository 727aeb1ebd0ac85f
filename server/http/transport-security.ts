import 'server-only';
import { env } from '../env';

/**
 * Served over https (an https APP_URL), the app tells browsers to use nothing else for two years. Subdomains are left
 * out: the app's host does not necessarily own the sites below it.
 */
export const strictTransportSecurity = env.APP_URL?.startsWith('https://') ? 'max-age=63072000' : undefined;
