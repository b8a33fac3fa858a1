export * from './vocabulary.ts';
export * from './report.ts';
export * from './event.ts';
export * from './place.ts';
export * from './control.ts';
export * from './schema.ts';
