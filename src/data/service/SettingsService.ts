/** The organisation settings: read, and saved after checking the matrix and the diarienummer pattern. */
import type { ValidationIssue } from '../../model/types';
import { validateDiarienummer, validateRiskMatrix } from '../../model/validation';
import { ValidationFailedError } from '../errors';
import { toDataError } from '../httpErrors';
import type { StoredSettings } from '../InternkontrollService';
import type { ServiceContext } from './ServiceContext';

/** Loads and saves the organisation settings; saved settings reach every cached plan. */
export class SettingsService {
  private readonly _ctx: ServiceContext;

  /** Creates the capability on the service's shared state. */
  public constructor(ctx: ServiceContext) {
    this._ctx = ctx;
  }

  /** The organisation settings. */
  public async load(): Promise<StoredSettings> {
    const repo = this._ctx.repos.settings;
    try {
      return await repo.load();
    } catch (error) {
      throw toDataError(error, repo.readContext);
    }
  }

  /** Saves the organisation settings after checking the matrix and the diarienummer pattern. */
  public async save(settings: StoredSettings): Promise<StoredSettings> {
    const issues: ValidationIssue[] = [];
    if (settings.defaultRiskMatrix !== undefined) {
      issues.push(...validateRiskMatrix(settings.defaultRiskMatrix, 'installningar.defaultRiskMatrix'));
    }
    issues.push(...validateDiarienummer(settings.diarienummerExample, settings, 'installningar.diarienummerExample'));
    if (issues.length > 0) {
      throw new ValidationFailedError(issues);
    }
    const saved = await this._ctx.repos.settings.save(settings);
    this._ctx.plans.updateSettings(saved);
    return saved;
  }
}
