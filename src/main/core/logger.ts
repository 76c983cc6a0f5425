// The logger is shared with the newsroom server; the core's files keep importing it from here.
export * from '../../shared/node/logger';
