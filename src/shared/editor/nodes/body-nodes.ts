import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/**
 * Lexical's own block and inline nodes the body may hold besides paragraph, text, line break and
 * tab. The editor adds its React photo node; headless editors (the Yjs story documents) add
 * BasePhotoNode. The shared renderer whitelists the same types.
 */
export const LEXICAL_BODY_NODES: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode];
