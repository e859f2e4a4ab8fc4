// The screens that come only after the first questions (safety, review, summary, the stop for
// people under 18): one chunk, fetched once the app has started (see StepView).
export { ReviewScreen } from './ReviewScreen';
export { SafetyScreen } from './SafetyScreen';
export { SummaryStep } from './SummaryStep';
export { UnderageScreen } from './UnderageScreen';
