/** A short hand-written case: [expected verdict, subject, body]. The sender is generic. */
export type Case = readonly [expected: 'rejection' | 'not', subject: string, body: string];
