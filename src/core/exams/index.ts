/** Mock exams from instructors' blueprints: format, parsing and checks, the weighted draw, scoring. */
export * from './schema.ts';
export * from './parse.ts';
export * from './draw.ts';
export * from './scoring.ts';
