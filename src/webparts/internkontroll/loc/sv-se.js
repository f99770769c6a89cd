define([], function () {
  return {
    PropertyPaneDescription: 'Inställningar för internkontroll',
    BasicGroupName: 'Allmänt',
    TitleFieldLabel: 'Rubrik'
  };
});
