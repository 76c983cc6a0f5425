// Ids are made the same way on the laptop and the newsroom server; the core imports them from here.
export { newId } from '../../shared/ids';
