/**
 * Base of the repositories of the plan's child lists: saving one entity (create or update with
 * its ETag) and the write operations a batch is built from. The list and its mapping are given
 * by each repository (`EntityMapping`), with the entity's name for messages; this class only
 * joins mapping and ListRepository.
 */
import type { SPFI } from '@pnp/sp';
import type { Entity } from '../model/types';
import type { CreateOp, DeleteOp, UpdateOp } from './batchWrites';
import type { EntityKind } from './errors';
import type { OperationContext } from './httpErrors';
import type { Editable, Stored } from './InternkontrollService';
import { CreateRetryOptions, DEFAULT_CREATE_RETRY, ListRepository } from './ListRepository';
import { ItemFields, ListItemJson, readETag, readId } from './fields';
import type { PlanRefs } from './PlanRefs';
import type { ListTitle } from './schema/listNames';

/** One kind of plan content's list and its pure mapping (in `<list>/<entity>Mapping.ts`). */
export interface EntityMapping<T extends Entity> {
  /** The list's internal title. */
  readonly title: ListTitle;
  /** The entity the list stores, for messages. */
  readonly entity: EntityKind;
  /** The columns read. */
  readonly select: readonly string[];
  /** Person and lookup columns read with `$expand`; default none. */
  readonly expand?: readonly string[];
  /** Field values of the entity's item. */
  toFields(entity: T, refs: PlanRefs): ItemFields;
  /** The stored entity from its item. */
  fromItem(item: ListItemJson, refs: PlanRefs): Stored<T>;
}

/** A repository of one kind of plan content (område, risk, kontrollmoment …). */
export abstract class EntityRepository<T extends Entity> extends ListRepository {
  private readonly mapping: EntityMapping<T>;

  /** Creates the repository of the list. */
  protected constructor(sp: SPFI, mapping: EntityMapping<T>, createRetry: CreateRetryOptions = DEFAULT_CREATE_RETRY) {
    super(sp, mapping.title, mapping.entity, mapping.select, true, createRetry);
    this.mapping = mapping;
    this.expand = mapping.expand ?? [];
  }

  /** Field values of the entity's item. */
  public toFields(entity: T, refs: PlanRefs): ItemFields {
    return this.mapping.toFields(entity, refs);
  }

  /** The stored entity from its item. */
  public fromItem(item: ListItemJson, refs: PlanRefs): Stored<T> {
    return this.mapping.fromItem(item, refs);
  }

  /** The entity's name as the user knows it, for messages; refs give the names of targets. */
  public abstract nameOf(entity: T, refs?: PlanRefs): string;

  /** The context of an operation on the entity, for messages. */
  public contextOf(entity: T, action: OperationContext['action'], refs?: PlanRefs): OperationContext {
    return { entity: this.entity, action, itemName: this.nameOf(entity, refs) };
  }

  /**
   * Creates or updates the entity (ETag as If-Match) and returns it as stored. `seenAs` is the
   * version the user opened, whose name messages use (the edit may have renamed it).
   */
  public async save(entity: Editable<T>, refs: PlanRefs, seenAs: T = entity): Promise<Stored<T>> {
    const fields = this.toFields(entity, refs);
    if (entity.id === undefined) {
      const item = await this.create(fields, refs.planId, this.contextOf(entity, 'create', refs));
      return this.storedFrom(entity, item);
    }
    const etag = await this.update(entity.id, fields, entity.etag, this.contextOf(seenAs, 'update', refs));
    return { ...entity, etag } as Stored<T>;
  }

  /** The entity as stored after its create answered with the item. */
  public storedFrom(entity: T, item: ListItemJson): Stored<T> {
    return { ...entity, id: readId(item), etag: readETag(item) } as Stored<T>;
  }

  /** The write that saves the entity, for a batch; `seenAs` as for `save`. */
  public saveOp(entity: Editable<T>, refs: PlanRefs, seenAs: T = entity): CreateOp | UpdateOp {
    const fields = this.toFields(entity, refs);
    if (entity.id === undefined) {
      return { kind: 'create', repo: this, fields, planId: refs.planId, context: this.contextOf(entity, 'create', refs) };
    }
    return { kind: 'update', repo: this, id: entity.id, etag: entity.etag, fields, context: this.contextOf(seenAs, 'update', refs) };
  }

  /** The write that deletes the entity; `etag` "*" for rows removed with their parent. */
  public deleteOp(entity: Stored<T>, refs: PlanRefs, etag: string = entity.etag): DeleteOp {
    return { kind: 'delete', repo: this, id: entity.id, etag, context: this.contextOf(entity, 'delete', refs) };
  }
}
