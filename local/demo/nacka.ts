/**
 * Nacka's risk matrix, shared by its two demo plans (seeds 000 and 003): one organisation rates
 * every nämnd's risks on the same grid. Why 5 × 5 is explained in seed000-afn-2022.ts.
 */
import { createDefaultMatrix5x5, type RiskMatrix } from '../../src/model';

/** A fresh copy of Nacka's 5 × 5 matrix (each plan carries its own copy). */
export function createNackaMatrix(): RiskMatrix {
  const riskMatrix = createDefaultMatrix5x5();
  riskMatrix.key = 'nacka-5x5';
  riskMatrix.name = '5 × 5 (Nacka)';
  return riskMatrix;
}
