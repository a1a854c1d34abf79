import importJob from './import-job/schema.json';

export default {
  'import-job': { schema: importJob },
};
