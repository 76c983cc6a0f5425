// The plain-data check is shared with the newsroom server (its HTTP bodies get the same check).
export { checkPlainInput, MAX_INPUT_DEPTH } from '../../../shared/contract/plain-input';
