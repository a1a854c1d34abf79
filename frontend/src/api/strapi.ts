/** The shapes of Strapi 5's REST responses and of the values the schemas' `blocks` and `media` hold. */

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface ListResponse<T> {
  data: T[];
  meta: { pagination?: Pagination };
}

export interface ErrorResponse {
  error?: { status?: number; name?: string; message?: string };
}

export interface Media {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  mime?: string;
  name?: string;
  size?: number;
  /** The upload plugin's resized copies (thumbnail, small, medium, large), each smaller than the original. */
  formats?: Partial<Record<string, MediaFormat>> | null;
}

export interface MediaFormat {
  url: string;
  width: number;
  height: number;
  mime?: string;
}

/** Strapi's blocks editor value: a tree of typed nodes ending in text leaves. */
export interface TextLeaf {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextLeaf[];
}
export type Inline = TextLeaf | LinkNode;
export interface ListItemNode {
  type: 'list-item';
  children: Array<Inline | ListNode>;
}
export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: Array<ListItemNode | ListNode>;
}
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; children: Inline[] }
  | { type: 'image'; image: Media; children: Inline[] }
  | ListNode;
