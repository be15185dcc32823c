export * from './care.js';
export * from './errors.js';
export * from './journey.js';
export * from './mrn.js';
export * from './patient.js';
export * from './phone.js';
export * from './referral.js';
export * from './time.js';
