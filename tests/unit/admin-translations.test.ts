import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHOICES, LABELS } from '../../src/bootstrap/admin-labels';
import ours from '../../src/admin/translations/strapi.vi.json';

/**
 * Every string of Strapi's admin that ward staff meet has a Vietnamese text: Strapi's own Vietnamese file of
 * the package, or ours (src/admin/translations/strapi.vi.json). Strapi fills a missing key from English, so a
 * key missing here is English on screen.
 */
const STRAPI = join(process.cwd(), 'node_modules/@strapi');
const PACKAGES: Record<string, { dir: string; prefix: string }> = {
  admin: { dir: 'admin/dist/admin/admin/src/translations', prefix: '' },
  'content-manager': { dir: 'content-manager/dist/admin/translations', prefix: 'content-manager.' },
  upload: { dir: 'upload/dist/admin/translations', prefix: 'upload.' },
  i18n: { dir: 'i18n/dist/admin/translations', prefix: 'i18n.' },
};
/*
 * Left in English on purpose: screens no staff role can open. Packages not listed above (content-type-builder,
 * users-permissions, email, content-releases, review-workflows) are Settings and builder screens of the
 * super administrator, or Enterprise features this project does not have.
 */
const LEFT: Record<string, { prefixes: string[]; why: string }> = {
  admin: {
    prefixes: [
      'tours.', 'Settings.adminTokens', 'Settings.apiTokens', 'Settings.application', 'Settings.permissions', 'Settings.roles',
      'Settings.tokens', 'notification.success.adminToken', 'widget.key-statistics', 'widget.last-activity',
      'app.components.UpsellBanner', 'app.components.MediaLibraryBanner', 'HomePage.widget.deploy-now', 'app.components.NpsSurvey',
    ],
    why: 'guided tours, tokens, roles and application settings of the super administrator; Enterprise and Cloud promotions, which are off',
  },
  'content-manager': {
    prefixes: [
      'containers.SettingPage', 'containers.SettingsPage', 'containers.SettingsView', 'containers.edit-settings',
      'containers.ListSettingsView', 'containers.list-settings', 'edit-settings-view', 'components.SettingsViewWrapper',
      'components.DraggableCard', 'history.', 'containers.ListPage.displayedFields',
    ],
    why: '"Configure the view" (no staff role may configure views) and content history (an Enterprise feature)',
  },
  upload: { prefixes: ['settings.', 'ai.'], why: "the media library's settings (super administrator) and its AI features (Strapi Cloud)" },
  i18n: {
    prefixes: ['Settings.', 'plugin.schema', 'CheckboxConfirmation', 'plugin.description'],
    why: 'the locale settings and the content-type builder options (super administrator)',
  },
};

const load = (path: string): Record<string, string> | null => {
  try {
    // Strapi ships its translations as compiled CommonJS modules
    const mod = require(path) as { default?: Record<string, string> } & Record<string, string>;
    return (mod.default ?? mod) as Record<string, string>;
  } catch {
    return null;
  }
};

const vietnamese = ours as Record<string, string>;
const placeholders = (message: string) =>
  [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).filter((v, i, all) => all.indexOf(v) === i).sort();

describe("Strapi's admin strings on the staff's screens", () => {
  for (const [name, { dir, prefix }] of Object.entries(PACKAGES)) {
    const english = load(join(STRAPI, dir, 'en.json.js'));
    const shipped = load(join(STRAPI, dir, 'vi.json.js')) ?? {};

    it(`${name}: every English key has a Vietnamese text`, () => {
      expect(english).not.toBeNull();
      const missing = Object.keys(english!)
        .filter((key) => !LEFT[name].prefixes.some((left) => key.startsWith(left)))
        .filter((key) => !shipped[key] && !vietnamese[prefix + key]);
      expect(missing).toEqual([]);
    });

    it(`${name}: our texts keep the English placeholders and tags`, () => {
      for (const [key, text] of Object.entries(english!)) {
        const ourText = vietnamese[prefix + key];
        if (ourText === undefined) continue;
        // plural branches may fold into one text in Vietnamese; every value used must still be one English passes
        for (const used of placeholders(ourText)) expect([key, placeholders(text)]).toEqual([key, expect.arrayContaining([used])]);
      }
    });
  }

  // Some keys exist only in a package's code, with an English default beside the call (the media library's
  // "Import from URL" dialog, its folder forms): the English file does not list them, so they are read from
  // the calls to the package's own translation helper.
  it.each(Object.entries(PACKAGES))('%s: every key its code names beyond the English file has a Vietnamese text', (name, { dir, prefix }) => {
    const english = load(join(STRAPI, dir, 'en.json.js')) ?? {};
    const shipped = load(join(STRAPI, dir, 'vi.json.js')) ?? {};
    const code = walk(join(STRAPI, dir.split('/')[0], 'dist/admin')).map((file) => readFileSync(file, 'utf8')).join('\n');
    const named = [...code.matchAll(/\b(?:getTrad|getTranslationKey|getTranslation)\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]);
    const missing = [...new Set(named)]
      .filter((key) => !english[key] && !shipped[key] && !vietnamese[prefix + key])
      .filter((key) => !LEFT[name].prefixes.some((left) => key.startsWith(left)));
    expect(missing).toEqual([]);
  });

  it('our file names no key that Strapi does not use', () => {
    const known = new Set(
      Object.entries(PACKAGES).flatMap(([, { dir, prefix }]) => Object.keys(load(join(STRAPI, dir, 'en.json.js')) ?? {}).map((k) => prefix + k)),
    );
    const sources = Object.values(PACKAGES).map(({ dir }) => dir.split('/')[0]);
    // a few keys exist only in Strapi's code, with an English default beside the call
    const code = sources
      .flatMap((pkg) => walk(join(STRAPI, pkg, 'dist/admin')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const inCode = (key: string) =>
      [key, key.replace(/^(content-manager|upload|i18n)\./, '')].some((id) => code.includes(`'${id}'`) || code.includes(`\`${id}\``));
    // `apiError.<message>` is built at run time from the server's English error message (getPrefixedId):
    // "apiError.Forbidden" is what a 403 shows.
    const serverMessage = (key: string) => /^apiError\.[A-Z]\w*$/.test(key) && code.includes('`apiError.${');
    const unknown = Object.keys(vietnamese).filter((key) => !known.has(key) && !inCode(key) && !serverMessage(key));
    expect(unknown).toEqual([]);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'translations' ? [] : walk(path);
    return entry.name.endsWith('.mjs') ? [path] : [];
  });
}

describe('the field labels and enumerations shown in Vietnamese', () => {
  const schemas: Array<[string, { attributes: Record<string, { type: string; enum?: string[] }> }]> = [];
  for (const api of readdirSync('src/api')) {
    let types: string[] = [];
    try {
      types = readdirSync(`src/api/${api}/content-types`);
    } catch {
      continue; // an API without content types (forms, search)
    }
    for (const type of types) schemas.push([`api::${api}.${type}`, JSON.parse(readFileSync(`src/api/${api}/content-types/${type}/schema.json`, 'utf8'))]);
  }
  for (const category of readdirSync('src/components')) {
    for (const file of readdirSync(`src/components/${category}`)) {
      schemas.push([`${category}.${file.replace(/\.json$/, '')}`, JSON.parse(readFileSync(`src/components/${category}/${file}`, 'utf8'))]);
    }
  }
  const enumerations = schemas.flatMap(([uid, schema]) =>
    Object.entries(schema.attributes)
      .filter(([, attribute]) => attribute.type === 'enumeration')
      .map(([field, attribute]) => ({ uid, field, values: attribute.enum ?? [] })),
  );

  it('every field of every content type and component has a Vietnamese label', () => {
    const unlabelled = schemas.flatMap(([uid, schema]) => Object.keys(schema.attributes).filter((field) => !LABELS[uid]?.[field]).map((field) => `${uid}.${field}`));
    expect(unlabelled).toEqual([]);
  });

  it('every value of every enumeration in the schemas has a label, and the table names no other', () => {
    expect(enumerations.length).toBeGreaterThan(0);
    for (const { uid, field, values } of enumerations) expect([uid, field, Object.keys(CHOICES[uid]?.[field] ?? {}).sort()]).toEqual([uid, field, [...values].sort()]);
    const named = Object.entries(CHOICES).flatMap(([uid, fields]) => Object.keys(fields).map((field) => `${uid}.${field}`));
    expect(named.sort()).toEqual(enumerations.map(({ uid, field }) => `${uid}.${field}`).sort());
  });

  it('a value has one label wherever it is used (the admin looks values up by the value alone)', () => {
    const seen = new Map<string, string>();
    for (const fields of Object.values(CHOICES)) {
      for (const values of Object.values(fields)) {
        for (const [value, label] of Object.entries(values)) {
          expect([value, label]).toEqual([value, seen.get(value) ?? label]);
          seen.set(value, label);
        }
      }
    }
  });
});
