'use strict';
// Child process: loads the demo data into a fresh database, then adds N published articles in bulk.
const { randomBytes } = require('node:crypto');
const { loadStrapi } = require('./strapi-env');

const PLACES = ['Đống Đa', 'Phú Lâm', 'Hà Đông', 'Văn Quán', 'Mộ Lao', 'Kiến Hưng', 'Dương Nội', 'Yên Nghĩa'];
const TOPICS = ['ra quân dọn vệ sinh', 'tổng kết phong trào khuyến học', 'họp bàn xây dựng khu dân cư kiểu mẫu',
  'trao quà cho hộ gia đình khó khăn', 'tuyên truyền phòng cháy chữa cháy', 'đăng ký khai sinh trực tuyến',
  'lấy ý kiến nhân dân về quy hoạch', 'tập huấn chuyển đổi số'];
const cuid = () => randomBytes(12).toString('hex').slice(0, 24);

(async () => {
  const count = Number(process.argv[2]);
  const strapi = await loadStrapi();
  const now = new Date().toISOString();
  for (let i = 0; i < count; i += 500) {
    const data = [];
    for (let n = i; n < Math.min(count, i + 500); n += 1) {
      const place = PLACES[n % PLACES.length];
      const topic = TOPICS[Math.floor(n / PLACES.length) % TOPICS.length];
      const title = `Tổ dân phố số ${(n % 30) + 1} khu ${place} ${topic} (tin ${n + 1})`;
      data.push({
        documentId: cuid(), locale: 'vi', publishedAt: now, title, slug: `tin-${n + 1}`, isOrientation: false,
        summary: `Ngày ${(n % 28) + 1}, khu ${place} ${topic}, với sự tham gia của đông đảo nhân dân.`,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Nội dung chi tiết tin số ${n + 1} về việc ${topic} tại khu ${place}.` }] }],
      });
    }
    await strapi.db.query('api::article.article').createMany({ data });
  }
  // Bulk writes bypass the Document Service: announce them, as the contract asks (docs/public-api.md).
  await strapi.eventHub.emit('phuong.content.changed', { uid: 'api::article.article' });
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
