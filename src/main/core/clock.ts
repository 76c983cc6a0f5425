// The clock is shared with the newsroom server; the core's files keep importing it from here.
export { systemClock, type Clock } from '../../shared/clock';
