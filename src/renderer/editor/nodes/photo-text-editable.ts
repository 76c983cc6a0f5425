import { createContext } from 'react';

/**
 * Whether the photos' caption, credit and alt text inputs take typing. Usually the same as the
 * editor's editable state; a photographer reading a story they may not otherwise edit still gets
 * these inputs (the core accepts a save that changes only photo texts from them).
 */
export const PhotoTextEditable = createContext(true);
