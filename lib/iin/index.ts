// IIN and BIN: pure functions, safe in the browser (forms) and on the server.
export { ageOn, isYouthAt, YOUTH_MAX_AGE, YOUTH_MIN_AGE } from "./age";
export { binInvalidReason, makeBin, validateBin, type BinInvalidReason } from "./bin";
export { calendarDateIn, toCalendarDate, utcDate, type CalendarDate, type DateLike } from "./calendarDate";
export { checkDigit, usesSecondWeights } from "./checkDigit";
export { iinInvalidReason, makeIin, parseIin, validateIin, type IinInvalidReason, type ParsedIin, type Sex } from "./iin";
