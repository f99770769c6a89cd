define([], function () {
  return {
    PropertyPaneDescription: 'Inställningar för internkontroll',
    BasicGroupName: 'Allmänt',
    PlanFieldLabel: 'Plan som visas',
    AllPlansOption: 'Alla planer (lista)'
  };
});
