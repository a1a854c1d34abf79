/** Whoever may read the media library's settings page, or upload at all (see bootstrap/upload-settings.ts). */
const MAY_READ = ['plugin::upload.settings.read', 'plugin::upload.assets.create'];

interface PolicyContext {
  state: { userAbility?: { can(action: string): boolean } };
}

export default (policyContext: PolicyContext): boolean => MAY_READ.some((action) => policyContext.state.userAbility?.can(action) === true);
