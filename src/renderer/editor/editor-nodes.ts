import type { Klass, LexicalNode } from 'lexical';
import { LEXICAL_BODY_NODES } from '../../shared/editor/nodes/body-nodes';
import { PhotoNode } from './nodes/PhotoNode';

/** The node types the body may hold besides Lexical's own (paragraph, text, line break, tab); the shared renderer whitelists the same. */
export const EDITOR_NODES: Klass<LexicalNode>[] = [...LEXICAL_BODY_NODES, PhotoNode];
