/**
 * Text templates of shapes: headings, titles and cell texts with `{name}` placeholders. Which
 * placeholders a template may use depends on where it stands; the validator refuses the others
 * by name, and the builder fills them.
 */

/** Placeholders of every heading, title and fixed text, with what they give (Swedish, for docs and editor). */
export const GENERAL_PLACEHOLDERS: Readonly<Record<string, string>> = {
  ar: 'planens år, t.ex. 2022',
  foregaendear: 'året före planens, t.ex. 2021',
  period: 'periodens namn, t.ex. "Tertial 2", "Delår"',
  periodgemen: 'periodens namn med gemener, t.ex. "delår"',
  periodkod: 'periodens kod, t.ex. "T2", "DELAR"',
  periodtyp: 'periodens slag, t.ex. "tertial", "delår", "helår"',
  periodstart: 'periodens första dag, t.ex. "2024-01-01"',
  periodslut: 'periodens sista dag, t.ex. "2024-08-31"',
  periodslutmanad: 'månaden perioden slutar, t.ex. "augusti"',
  namnd: 'nämnden, t.ex. "Arbetsmarknadsnämnden"',
  forvaltning: 'förvaltningen, t.ex. "Arbetsmarknadsförvaltningen"',
  diarienummer: 'planens diarienummer, t.ex. "AMN-2024-00318"'
};

/** Extra placeholders of a group heading by riskvärde. */
export const RISK_GROUP_PLACEHOLDERS: Readonly<Record<string, string>> = {
  varde: 'riskvärdet, t.ex. 16',
  sannolikhet: 'sannolikheten som i matrisens rubrik, t.ex. "sannolik risk"',
  konsekvens: 'konsekvensen som i matrisens rubrik, t.ex. "allvarliga konsekvenser"',
  niva: 'risknivån, t.ex. "Hög"'
};

/** Extra placeholder of a group heading by område. */
export const AREA_GROUP_PLACEHOLDERS: Readonly<Record<string, string>> = {
  omrade: 'områdets namn, t.ex. "Finansiell kontroll"'
};

/** The placeholder of a cell template (`mall`). */
export const CELL_PLACEHOLDERS: Readonly<Record<string, string>> = {
  varde: 'fältets värde'
};

/** What a template holds: the placeholder names, and where braces do not pair up. */
export interface TemplateParts {
  /** Placeholder names in order of appearance, e.g. ["periodkod", "ar"]. */
  placeholders: string[];
  /** True when a `{` or `}` stands without its partner, or a placeholder is empty or nested. */
  malformed: boolean;
}

/** Reads the placeholders of a template. */
export function templateParts(template: string): TemplateParts {
  const placeholders: string[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let match: RegExpExecArray | null;
  let malformed = false;
  while ((match = pattern.exec(template)) !== null) {
    if (match[1].trim() === '') {
      malformed = true;
    } else {
      placeholders.push(match[1]);
    }
  }
  if (/[{}]/.test(template.replace(pattern, ''))) {
    malformed = true;
  }
  return { placeholders, malformed };
}

/** Fills a template; placeholders without a value are left as written (the validator refuses them first). */
export function fillReportTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole
  );
}
