import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { answerRefusal } from './refusal';
import { calendarEntries } from '../calendar/entries';
import { feedTokens } from '../calendar/feed-tokens';
import { renderFeed } from '../calendar/ics';
import { PLUGIN } from '../permissions';
import { calendarOf } from '../services/due';
import type { AdminUser } from '../services/actor';
import { parse } from '../validation/inputs';
import { calendarQuery, feedQuery } from '../validation/calendar';
import type { CalendarFeedInfo } from '../api-types';

interface Ctx {
  query: Record<string, unknown>;
  state: { user: AdminUser; userAbility?: unknown };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
}

const FEED_ACTION = `plugin::${PLUGIN}.calendar.feed`;
/** What the feed covers around today: the last month (what is overdue) and the next two. */
const FEED_PAST_DAYS = 31;
const FEED_FUTURE_DAYS = 62;

/** GET /calendar (the page), the feed token's info, creation and revocation, and GET /calendar.ics. */
export function calendarController({ strapi }: { strapi: Core.Strapi }) {
  const entries = calendarEntries(strapi);
  const tokens = feedTokens(strapi);
  const serverUrl = () => String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/$/, '');
  const feedUrl = (token: string) => `${serverUrl()}/${PLUGIN}/calendar.ics?token=${encodeURIComponent(token)}`;

  async function answer(ctx: Ctx, work: () => Promise<unknown>) {
    try {
      ctx.body = { data: await work() };
    } catch (error) {
      answerRefusal(ctx, error);
    }
  }

  /** The feed's owner, still active and still holding the feed permission; the token alone is not enough. */
  async function ownerOf(token: string) {
    const userId = await tokens.userOf(token);
    if (userId === null) throw new WorkflowError(401, 'BAD_FEED_TOKEN', 'Địa chỉ lịch không hợp lệ hoặc đã bị thu hồi: hãy lấy địa chỉ mới ở trang Lịch biên tập.');
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] })) as (AdminUser & { isActive?: boolean }) | null;
    const permissions = user?.isActive
      ? ((await strapi.service('admin::permission').findUserPermissions(user)) as Array<{ action: string }>)
      : [];
    if (!permissions.some((permission) => permission.action === FEED_ACTION)) {
      throw new WorkflowError(403, 'NO_FEED_PERMISSION', 'Tài khoản này không còn quyền nhận lịch biên tập.');
    }
    return user!;
  }

  return {
    async entries(ctx: Ctx) {
      await answer(ctx, async () => entries.entries(parse(calendarQuery, ctx.query), ctx.state.userAbility));
    },

    async feedInfo(ctx: Ctx) {
      await answer(ctx, async (): Promise<CalendarFeedInfo> => tokens.info(ctx.state.user.id));
    },

    /** A new address for the signed-in person's feed; the old one stops working. Shown this once. */
    async createFeed(ctx: Ctx) {
      await answer(ctx, async (): Promise<CalendarFeedInfo> => {
        const { token, createdAt } = await tokens.create(ctx.state.user.id);
        return { exists: true, createdAt, url: feedUrl(token) };
      });
    },

    async revokeFeed(ctx: Ctx) {
      await answer(ctx, async (): Promise<CalendarFeedInfo> => {
        await tokens.revoke(ctx.state.user.id);
        return { exists: false, createdAt: null };
      });
    },

    /** The same entries as the page, in the owner's scope, as iCalendar. */
    async feed(ctx: Ctx) {
      // Per person and secret in the address: no shared cache may keep it, no browser may store it.
      ctx.set('Cache-Control', 'private, no-store');
      try {
        const { token } = parse(feedQuery, ctx.query);
        const user = await ownerOf(token);
        const ability = await (strapi.service('admin::permission') as { engine: { generateUserAbility(user: unknown): Promise<unknown> } })
          .engine.generateUserAbility(user);
        const now = new Date();
        const calendar = calendarOf(strapi);
        const today = calendar.localDate(now);
        const range = {
          from: calendar.localDate(calendar.endOfLocalDay(today, -FEED_PAST_DAYS)),
          to: calendar.localDate(calendar.endOfLocalDay(today, FEED_FUTURE_DAYS)),
        };
        const result = await entries.entries(range, ability, now);
        const server = serverUrl();
        ctx.set('Content-Type', 'text/calendar; charset=utf-8');
        ctx.set('Content-Disposition', 'inline; filename="lich-bien-tap.ics"');
        ctx.body = renderFeed({
          name: 'Lịch biên tập', now, entries: result.entries,
          adminUrl: String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, ''),
          host: server ? new URL(server).host : 'phuong-portal',
        });
      } catch (error) {
        answerRefusal(ctx, error);
      }
    },
  };
}
