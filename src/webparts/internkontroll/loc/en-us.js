define([], function () {
  return {
    PropertyPaneDescription: 'Internal control settings',
    BasicGroupName: 'General',
    TitleFieldLabel: 'Title'
  };
});
