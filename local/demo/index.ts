/**
 * The demo plans: the four municipalities' public follow-up reports in /work/shared/seeds as
 * model data. Every call builds fresh objects, so a caller may change them freely.
 */
import { createSeed000 } from './seed000-afn-2022';
import { createSeed002 } from './seed002-amn-2024';
import { createSeed003 } from './seed003-naf-2024';
import { createSeed004 } from './seed004-sn-2022';
import { DemoPlan } from './types';

export { createSeed000 } from './seed000-afn-2022';
export { createSeed002 } from './seed002-amn-2024';
export { createSeed003 } from './seed003-naf-2024';
export { createSeed004 } from './seed004-sn-2022';
export type { DemoPlan, DemoReport } from './types';

/** All four demo plans, in seed order. */
export function createDemoPlans(): DemoPlan[] {
  return [createSeed000(), createSeed002(), createSeed003(), createSeed004()];
}
