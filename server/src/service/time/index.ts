/**
 * Time for the language service: the reader (times, dates, zones, ranges, durations) and the
 * timeline builder that turns a parsed document's timeline into instants and incident metrics.
 */
export type { CivilDate, DurationToken, InvalidTime, ResolvedTime, TimeContext, TimeRange, TimeStamp, TimeToken, Zone } from './types';
export { readTimes, type ReadOptions } from './reader';
export { readRange, readTime, minutesBetween } from './ranges';
export { readDuration, formatDuration } from './durations';
export { firstToLast, timelineSpans } from './spans';
export { resolveZone, zoneOffsetAt, formatOffset } from './zones';
export { toInstant, resolveStamp } from './resolve';
export { buildTimeline, type TimelineInput } from './timeline';
export { milestonesOf } from './milestones';
export { readZoneHeader } from './zone-header';
