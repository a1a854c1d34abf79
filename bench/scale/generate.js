'use strict';
/**
 * Rows the way Strapi's Document Service stores them, written by PostgreSQL itself (INSERT … SELECT over
 * generate_series: no row crosses the wire): each article a draft and a published row (one in ten also in
 * English), its category and unit links on both rows, its workflow state row; dossiers with their procedure
 * and field links; daily, monthly and yearly dossier reports. Triggers are off for the session
 * (session_replication_role = replica): the editorial guard refuses raw writes on live rows, by design.
 */

const PLACES = ['Đống Đa', 'Phú Lâm', 'Hà Đông', 'Văn Quán', 'Mộ Lao', 'Kiến Hưng', 'Dương Nội', 'Yên Nghĩa'];
const TOPICS = ['ra quân dọn vệ sinh', 'tổng kết phong trào khuyến học', 'họp bàn xây dựng khu dân cư kiểu mẫu',
  'trao quà cho hộ gia đình khó khăn', 'tuyên truyền phòng cháy chữa cháy', 'đăng ký khai sinh trực tuyến',
  'lấy ý kiến nhân dân về quy hoạch', 'tập huấn chuyển đổi số'];
/** Articles start here and one is published every 26 minutes: 100,000 articles span about five years. */
const FIRST_PUBLISHED = '2021-12-01 07:00:00';
/** Articles below this number stay in review (not published): the same queue at every archive size. */
const IN_REVIEW = 50;

const sqlArray = (list) => `ARRAY[${list.map((item) => `'${item.replace(/'/g, "''")}'`).join(',')}]`;

async function withoutTriggers(client, work) {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Articles numbered [from, to): rows, links and state rows. With `sites` (site ids), article n belongs to
 * sites[n / perSite]; without, to the first site (a database of one ward).
 */
async function articles(client, from, to, { sites, perSite } = {}) {
  const { rows: categories } = await client.query("SELECT id, locale FROM categories WHERE locale IN ('vi', 'en') ORDER BY id");
  const { rows: units } = await client.query('SELECT id FROM contributor_units ORDER BY id');
  const vi = categories.filter((c) => c.locale === 'vi').map((c) => c.id);
  const en = categories.filter((c) => c.locale === 'en').map((c) => c.id);
  await withoutTriggers(client, async () => {
    await client.query('CREATE TEMP TABLE bench_new (id integer PRIMARY KEY, n integer, locale text, published boolean) ON COMMIT DROP');
    await client.query(
      `WITH docs AS (
         SELECT n, l.locale, p.published FROM generate_series($1::int, $2::int - 1) n
         CROSS JOIN (VALUES ('vi'), ('en')) l(locale) CROSS JOIN (VALUES (false), (true)) p(published)
         WHERE (l.locale = 'vi' OR n % 10 = 3) AND (NOT p.published OR n >= ${IN_REVIEW})
       ), inserted AS (
         INSERT INTO articles (document_id, title, slug, summary, body, author, is_orientation, tags, created_at, updated_at, published_at, locale)
         SELECT 'bench' || lpad(n::text, 19, '0'),
           CASE WHEN locale = 'vi' THEN 'Tổ dân phố số ' || (n % 30 + 1) || ' khu ' || (${sqlArray(PLACES)})[1 + n % 8] || ' ' || (${sqlArray(TOPICS)})[1 + (n / 8) % 8] || ' (tin ' || (n + 1) || ')'
                ELSE 'Residential group ' || (n % 30 + 1) || ' news ' || (n + 1) END,
           CASE WHEN locale = 'vi' THEN 'tin-' ELSE 'news-' END || (n + 1),
           'Ngày ' || (n % 28 + 1) || ', khu ' || (${sqlArray(PLACES)})[1 + n % 8] || ' ' || (${sqlArray(TOPICS)})[1 + (n / 8) % 8] || ', với sự tham gia của đông đảo nhân dân.',
           jsonb_build_array(jsonb_build_object('type', 'paragraph', 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
             'Nội dung chi tiết tin số ' || (n + 1) || ' về việc ' || (${sqlArray(TOPICS)})[1 + (n / 8) % 8] || ' tại khu ' || (${sqlArray(PLACES)})[1 + n % 8] || '. '
             || repeat('Cán bộ và nhân dân tổ dân phố cùng tham gia, góp phần xây dựng phường văn minh, sạch đẹp. ', 6))))),
           'Ban biên tập', false, (${sqlArray(PLACES)})[1 + n % 8],
           timestamp '${FIRST_PUBLISHED}' + n * interval '26 minutes', timestamp '${FIRST_PUBLISHED}' + n * interval '26 minutes',
           CASE WHEN published THEN timestamp '${FIRST_PUBLISHED}' + n * interval '26 minutes' END, locale
         FROM docs ORDER BY n, locale DESC, published
         RETURNING id, document_id, locale, published_at IS NOT NULL AS published
       )
       INSERT INTO bench_new SELECT id, substr(document_id, 6)::int, locale, published FROM inserted`,
      [from, to],
    );
    await client.query(
      `INSERT INTO articles_category_lnk (article_id, category_id, article_ord)
       SELECT id, CASE WHEN locale = 'vi' THEN ($1::int[])[1 + n % cardinality($1::int[])] ELSE ($2::int[])[1 + n % cardinality($2::int[])] END, n
       FROM bench_new`,
      [vi, en.length ? en : vi],
    );
    await client.query(
      'INSERT INTO articles_unit_lnk (article_id, contributor_unit_id, article_ord) SELECT id, ($1::int[])[1 + n % cardinality($1::int[])], n FROM bench_new',
      [units.map((u) => u.id)],
    );
    const siteIds = sites ?? (await client.query('SELECT id FROM site_settings ORDER BY id LIMIT 1')).rows.map((row) => row.id);
    await client.query(
      'INSERT INTO articles_site_lnk (article_id, site_id) SELECT id, ($1::int[])[1 + LEAST(n / $2::int, cardinality($1::int[]) - 1)] FROM bench_new',
      [siteIds, perSite ?? Math.max(1, to)],
    );
    await client.query(
      `INSERT INTO editorial_workflow_states (document_id, state_key, target_uid, target_document_id, locale, workflow, state, version,
         is_orientation, approvals, editor_ids, entered_at, due_at, overdue_notified, created_at, updated_at, published_at)
       SELECT 'benchstate' || lpad(n::text, 14, '0') || locale, 'api::article.article|bench' || lpad(n::text, 19, '0') || '|' || locale,
         'api::article.article', 'bench' || lpad(n::text, 19, '0'), locale, 'news',
         CASE WHEN n >= ${IN_REVIEW} THEN 'published' WHEN n % 2 = 0 THEN 'unit_approved' ELSE 'submitted' END, 1, false, '{}', '[]',
         now() - interval '1 hour', CASE WHEN n < ${IN_REVIEW} THEN now() + interval '1 day' END, false, now(), now(), now()
       FROM bench_new WHERE NOT published`,
    );
  });
}

/** Dossiers numbered [from, to), received over five years up to today, with their procedure and field links. */
async function dossiers(client, from, to) {
  const { rows: procedures } = await client.query(
    `SELECT p.id, p.published_at IS NOT NULL AS published, p.name, p.document_id, f.procedure_field_id AS field
     FROM procedures p LEFT JOIN procedures_field_lnk f ON f.procedure_id = p.id ORDER BY p.document_id, p.id`,
  );
  const documents = [...new Set(procedures.map((p) => p.document_id))];
  const draftOf = documents.map((d) => procedures.find((p) => p.document_id === d && !p.published)?.id ?? null);
  const liveOf = documents.map((d) => procedures.find((p) => p.document_id === d && p.published)?.id ?? null);
  const nameOf = documents.map((d) => procedures.find((p) => p.document_id === d).name);
  const fieldOf = documents.map((d) => procedures.find((p) => p.document_id === d).field ?? null);
  await withoutTriggers(client, async () => {
    await client.query('CREATE TEMP TABLE bench_dossiers (id integer PRIMARY KEY, n integer) ON COMMIT DROP');
    await client.query(
      `WITH inserted AS (
         INSERT INTO dossiers (document_id, code, procedure_name, channel, received_at, due_at, returned_at, status, created_at, updated_at, published_at)
         SELECT 'benchdossier' || lpad(n::text, 12, '0'), 'H26.45.16-B' || lpad(n::text, 9, '0'), ($3::text[])[1 + n % cardinality($3::text[])],
           (ARRAY['truc_tiep', 'truc_tuyen', 'buu_chinh'])[1 + n % 3], current_date - (n % 1826), current_date - (n % 1826) + 7,
           CASE WHEN n % 1826 > 14 THEN current_date - (n % 1826) + (n % 11) END,
           CASE WHEN n % 1826 <= 14 THEN 'dang_xu_ly' WHEN n % 20 = 0 THEN 'tra_lai' ELSE 'da_giai_quyet' END, now(), now(), now()
         FROM generate_series($1::int, $2::int - 1) n
         RETURNING id, substr(document_id, 13)::int AS n
       )
       INSERT INTO bench_dossiers SELECT id, n FROM inserted`,
      [from, to, nameOf],
    );
    await client.query(
      `INSERT INTO dossiers_procedure_lnk (dossier_id, procedure_id)
       SELECT id, p FROM bench_dossiers, LATERAL (VALUES (($1::int[])[1 + n % cardinality($1::int[])]), (($2::int[])[1 + n % cardinality($2::int[])])) v(p)
       WHERE p IS NOT NULL`,
      [draftOf, liveOf],
    );
    await client.query('INSERT INTO dossiers_site_lnk (dossier_id, site_id) SELECT id, (SELECT min(id) FROM site_settings) FROM bench_dossiers');
    await client.query(
      `INSERT INTO dossiers_field_lnk (dossier_id, procedure_field_id)
       SELECT id, ($1::int[])[1 + n % cardinality($1::int[])] FROM bench_dossiers WHERE ($1::int[])[1 + n % cardinality($1::int[])] IS NOT NULL`,
      [fieldOf],
    );
  });
}

/** Five years of reports: one a day per field and in total, and the months and years summed from them. */
async function reports(client) {
  const { rows: fields } = await client.query('SELECT id FROM procedure_fields ORDER BY id');
  await withoutTriggers(client, async () => {
    await client.query(
      `WITH days AS (
         SELECT d::date AS day, f.field FROM generate_series(current_date - 1825, current_date - 1, interval '1 day') d
         CROSS JOIN (SELECT unnest($1::int[]) AS field UNION ALL SELECT NULL) f
       ), periods AS (
         SELECT 'day' AS period, day AS start, day AS "end", field, 1 AS days FROM days
         UNION ALL SELECT DISTINCT 'month', date_trunc('month', day)::date, (date_trunc('month', day) + interval '1 month - 1 day')::date, field, 30 FROM days
         UNION ALL SELECT DISTINCT 'year', date_trunc('year', day)::date, (date_trunc('year', day) + interval '1 year - 1 day')::date, field, 365 FROM days
       )
       INSERT INTO dossier_reports (document_id, period, period_start, period_end, carried_over, received_online, received_in_person, received_postal,
           resolved_early, resolved_on_time, resolved_late, in_progress_on_time, in_progress_overdue, returned_or_withdrawn, on_time_rate, online_rate,
           created_at, updated_at, published_at)
         SELECT 'benchreport' || md5(period || start || coalesce(field, 0)), period, start, "end", 2 * days, 3 * days, 5 * days, days,
           4 * days, 4 * days, days / 2, days, 0, days / 4, 94.12, 33.33, now(), now(), now()
       FROM periods`,
      [fields.map((f) => f.id)],
    );
    await client.query(
      `INSERT INTO dossier_reports_site_lnk (dossier_report_id, site_id)
       SELECT id, (SELECT min(id) FROM site_settings) FROM dossier_reports WHERE document_id LIKE 'benchreport%'`,
    );
  });
}

/** The field links of the reports just written, found again by the field in their document_id's hash. */
async function reportFields(client) {
  const { rows: fields } = await client.query('SELECT id FROM procedure_fields ORDER BY id');
  await withoutTriggers(client, async () => {
    await client.query(
      `INSERT INTO dossier_reports_field_lnk (dossier_report_id, procedure_field_id)
       SELECT r.id, f.field FROM dossier_reports r JOIN unnest($1::int[]) f(field)
         ON r.document_id = 'benchreport' || md5(r.period || r.period_start || f.field)`,
      [fields.map((f) => f.id)],
    );
  });
}

module.exports = { articles, dossiers, reports, reportFields, IN_REVIEW };
