import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { PhotoNode } from './nodes/PhotoNode';

/** The node types the body may hold besides Lexical's own (paragraph, text, line break, tab); the shared renderer whitelists the same. */
export const EDITOR_NODES: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, PhotoNode];
