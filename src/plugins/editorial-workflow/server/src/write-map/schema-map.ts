import type { Core } from '@strapi/strapi';

/** A schema attribute, as far as the map needs it. */
export interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  component?: string;
  components?: string[];
  multiple?: boolean;
  repeatable?: boolean;
}

type Model = { uid: string; attributes: Record<string, Attribute> };

/**
 * A relation attribute that reaches a governed type: on `owner` (a content type or a component),
 * named `attribute`, pointing at `target`. `inverse` names the target's own attribute when the
 * relation is bidirectional: only then does a write on the owner change the target's content.
 */
export interface RelationEdge {
  owner: string;
  attribute: string;
  relation: string;
  target: string;
  inverse: string | null;
  /** The target's side is x-to-one: connecting it from the owner replaces what it had. */
  targetSideToOne: boolean;
}

/**
 * A relation or media attribute that belongs to a governed type's content, directly or through its
 * components: `path` from the governed type down to the attribute (`['cover', 'image']`).
 */
export interface ContentEdge {
  governed: string;
  path: string[];
  kind: 'relation' | 'media';
  /** The related type (`plugin::upload.file` for media). */
  target: string;
}

const MEDIA = 'plugin::upload.file';

/**
 * The write-path map's schema half, built once at start from `strapi.contentTypes` and
 * `strapi.components`: which attributes of any type can reach a governed item, and which relations
 * and media make up each governed type's content. Nothing here is written out by hand.
 */
export class SchemaMap {
  /** owner uid (content type or component) → its relation attributes whose target is governed. */
  private readonly reaching = new Map<string, RelationEdge[]>();
  /** target uid → the governed types' content edges that point at it (for deletes and file changes). */
  private readonly pointingAt = new Map<string, ContentEdge[]>();
  readonly relationEdges: RelationEdge[] = [];
  readonly contentEdges: ContentEdge[] = [];

  constructor(
    private readonly strapi: Core.Strapi,
    readonly governed: ReadonlySet<string>,
  ) {
    const models: Model[] = [
      ...Object.values(strapi.contentTypes as unknown as Record<string, Model>),
      ...Object.values(strapi.components as unknown as Record<string, Model>),
    ];
    for (const model of models) {
      for (const [name, attribute] of Object.entries(model.attributes)) {
        if (attribute.type !== 'relation' || !attribute.target || !governed.has(attribute.target)) continue;
        const inverseName = attribute.inversedBy ?? attribute.mappedBy ?? null;
        const inverse = inverseName ? this.model(attribute.target).attributes[inverseName] : undefined;
        const edge: RelationEdge = {
          owner: model.uid,
          attribute: name,
          relation: attribute.relation ?? '',
          target: attribute.target,
          inverse: inverse ? inverseName : null,
          targetSideToOne: Boolean(inverse && /ToOne$/.test(inverse.relation ?? '')),
        };
        this.relationEdges.push(edge);
        this.reaching.set(model.uid, [...(this.reaching.get(model.uid) ?? []), edge]);
      }
    }
    for (const uid of governed) this.walkContent(uid, this.model(uid), [], new Set());
  }

  private model(uid: string): Model {
    const model = (this.strapi.contentTypes as unknown as Record<string, Model>)[uid] ?? (this.strapi.components as unknown as Record<string, Model>)[uid];
    if (!model) throw new Error(`editorial-workflow: unknown model ${uid}`);
    return model;
  }

  private walkContent(governed: string, model: Model, path: string[], seen: Set<string>): void {
    for (const [name, attribute] of Object.entries(model.attributes)) {
      const here = [...path, name];
      if (attribute.type === 'media' || (attribute.type === 'relation' && attribute.target && !isMeta(name))) {
        const edge: ContentEdge = {
          governed, path: here, kind: attribute.type === 'media' ? 'media' : 'relation', target: attribute.target ?? MEDIA,
        };
        this.contentEdges.push(edge);
        this.pointingAt.set(edge.target, [...(this.pointingAt.get(edge.target) ?? []), edge]);
      }
      const components = attribute.type === 'component' ? [attribute.component!] : attribute.type === 'dynamiczone' ? attribute.components ?? [] : [];
      for (const component of components) {
        if (seen.has(component)) continue; // a component that contains itself
        this.walkContent(governed, this.model(component), here, new Set([...seen, component]));
      }
    }
  }

  /** The relation attributes of `uid` (or of components inside it) through which its writes reach governed items. */
  reachingFrom(uid: string): RelationEdge[] {
    return this.reaching.get(uid) ?? [];
  }

  /** The governed content edges that point at `uid`: when an entry of `uid` goes, these items change. */
  pointingTo(uid: string): ContentEdge[] {
    return this.pointingAt.get(uid) ?? [];
  }

  isGoverned(uid: string): boolean {
    return this.governed.has(uid);
  }

  attributesOf(uid: string): Record<string, Attribute> {
    return this.model(uid).attributes;
  }
}

/** Strapi's bookkeeping relations: who created or last changed a row, never content. */
function isMeta(name: string): boolean {
  return name === 'createdBy' || name === 'updatedBy' || name === 'localizations';
}
