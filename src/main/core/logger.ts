// The logger is shared with the newsroom server; the core's files keep importing it from here.
export { createJsonLogger, silentLogger, type LogFields, type Logger } from '../../shared/node/logger';
