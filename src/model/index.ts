/**
 * The pure domain model of Internkontroll: plan, risk matrix, periods, follow-ups, validation
 * and report texts. Imports nothing outside src/model, so it runs in the browser bundle and in Node.
 */
export * from './choices';
export * from './colour';
export * from './limits';
export * from './periods';
export * from './planLifecycle';
export * from './riskMatrix';
export * from './types';
export * from './richText';
export * from './summary';
export * from './validation';
export * from './periodTemplates';
export * from './settingsValidation';
export * from './matrixEditing';
export * from './matrixImpact';
export * from './planCopy';
export * from './reportingDuties';
