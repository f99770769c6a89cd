/**
 * A part of the task pane that runs one job over the whole document ("Uppdatera tabeller",
 * "Verifiera"): its heading names the region, a line says what the job does, then the action
 * and what the job reports (progress, results, questions).
 */
import * as React from 'react';

import { classes } from './styles';

/** Props of `ActionSection`. */
export interface IActionSectionProps {
  /** Id of the heading, which names the section for screen readers. */
  headingId: string;
  heading: string;
  intro: string;
  /** The action row's buttons. */
  actions: React.ReactNode;
  /** What follows the action: progress, a live region with the results, dialogs. */
  children?: React.ReactNode;
}

/** The heading, introduction and action row of a task pane job, with its results below. */
export function ActionSection(props: IActionSectionProps): React.ReactElement {
  return (
    <section className={classes.section} aria-labelledby={props.headingId}>
      <h2 id={props.headingId} className={classes.heading}>
        {props.heading}
      </h2>
      <p className={classes.intro}>{props.intro}</p>
      <div className={classes.actions}>{props.actions}</div>
      {props.children}
    </section>
  );
}
