/**
 * The editors and dialogs, loaded on demand: each `import()` is a webpack chunk of its own
 * (named below), fetched the first time a user opens one, so the plan view's first paint does
 * not carry the forms, Fluent's panel and dialog, or the rich-text library.
 */
import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import { useStrings } from '../i18n';
import type { IDeleteConfirmDialogProps } from '../DeleteConfirm/DeleteConfirmDialog';
import type { IFollowUpEditorProps } from '../FollowUpEditor/FollowUpEditor';
import type { IStructureEditorProps } from './StructureEditor';

const StructureEditor = React.lazy(() => import(/* webpackChunkName: 'ik-redigering' */ './StructureEditor'));
const DeleteConfirmDialog = React.lazy(() => import(/* webpackChunkName: 'ik-redigering' */ '../DeleteConfirm/DeleteConfirmDialog'));
const FollowUpEditor = React.lazy(() =>
  import(/* webpackChunkName: 'ik-uppfoljning' */ '../FollowUpEditor/FollowUpEditor').then((module) => ({ default: module.FollowUpEditor }))
);

/** Shown while a chunk loads: a spinner that says so. */
function Loading(): React.ReactElement {
  const strings = useStrings();
  return <Spinner size={SpinnerSize.medium} label={strings.loadingEditor} />;
}

/** The plan and structure editor, on demand. */
export function LazyStructureEditor(props: IStructureEditorProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <StructureEditor {...props} />
    </React.Suspense>
  );
}

/** The delete confirmation, on demand. */
export function LazyDeleteConfirmDialog(props: IDeleteConfirmDialogProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <DeleteConfirmDialog {...props} />
    </React.Suspense>
  );
}

/** The follow-up form, on demand. */
export function LazyFollowUpEditor(props: IFollowUpEditorProps): React.ReactElement {
  return (
    <React.Suspense fallback={<Loading />}>
      <FollowUpEditor {...props} />
    </React.Suspense>
  );
}
