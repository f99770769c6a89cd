/**
 * The rich-text field loaded on demand: the editor library (ProseMirror and TipTap) is a webpack
 * chunk of its own, fetched the first time a form with rich text opens, so the plan view's first
 * paint does not carry it.
 */
import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';

import { useStrings } from '../i18n';
import type { IRichTextEditorProps } from './richTextEditorProps';

const RichTextEditor = React.lazy(() => import(/* webpackChunkName: 'ik-textredigerare' */ './RichTextEditor'));

/** The rich-text field; shows a small spinner while the editor's chunk loads. */
export function LazyRichTextEditor(props: IRichTextEditorProps): React.ReactElement {
  const strings = useStrings();
  return (
    <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={`${props.label}: ${strings.richTextLoading}`} labelPosition="right" />}>
      <RichTextEditor {...props} />
    </React.Suspense>
  );
}
