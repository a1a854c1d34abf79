import type { Core } from '@strapi/strapi';

/**
 * The public static site, as the CMS links to it: its pages for browsers without JavaScript take the
 * site's stylesheet and emblem from there and send people back there.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  url: env('SITE_URL', 'http://localhost:8080').replace(/\/+$/, ''),
});
