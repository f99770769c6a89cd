declare interface IInternkontrollWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  PlanFieldLabel: string;
  AllPlansOption: string;
}

declare module 'InternkontrollWebPartStrings' {
  const strings: IInternkontrollWebPartStrings;
  export = strings;
}
