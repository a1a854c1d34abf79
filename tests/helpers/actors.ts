import { NEWS } from '../../src/plugins/editorial-workflow/server/src/workflow/definitions';
import { permissionOf, type Actor } from '../../src/plugins/editorial-workflow/server/src/workflow/evaluate';

/** A board member as the workflow sees one, for suites that need a transition but not a login. */
export function boardMember(id = 9001): Actor {
  const permissions = NEWS.transitions.filter((t) => t.id !== 'publish').map((t) => permissionOf(NEWS, t.id));
  return { id, name: 'Thành viên Ban biên tập', roles: ['Ban biên tập'], permissions: new Set(permissions) };
}
