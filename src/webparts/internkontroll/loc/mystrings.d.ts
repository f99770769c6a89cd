declare interface IInternkontrollWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
}

declare module 'InternkontrollWebPartStrings' {
  const strings: IInternkontrollWebPartStrings;
  export = strings;
}
