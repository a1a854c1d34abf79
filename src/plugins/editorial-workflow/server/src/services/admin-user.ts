/** An admin user as Strapi hands it over (ctx.state.user), and how staff name each other. */
export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
  roles?: Array<{ id: number; name: string; code: string }>;
}

export const displayName = (user: AdminUser) =>
  [user.lastname, user.firstname].filter(Boolean).join(' ') || user.username || user.email || `#${user.id}`;
