export const PLUGIN = 'one-stop';

/** The one admin permission of the plugin; the "Bộ phận một cửa" role holds it (editorial-workflow roles). */
export const IMPORT_ACTION = { uid: 'import', displayName: 'Nhập hồ sơ từ phần mềm một cửa' };
export const IMPORT_PERMISSION = `plugin::${PLUGIN}.${IMPORT_ACTION.uid}`;
