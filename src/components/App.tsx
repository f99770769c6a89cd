import * as React from 'react';

export interface IAppProps {
  title: string;
}

/** Root of the Internkontroll UI, shared by every host. */
export function App(props: IAppProps): React.ReactElement {
  return <main lang="sv"><h1>{props.title}</h1></main>;
}
