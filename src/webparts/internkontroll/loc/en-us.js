define([], function () {
  return {
    PropertyPaneDescription: 'Internal control settings',
    BasicGroupName: 'General',
    PlanFieldLabel: 'Plan shown',
    AllPlansOption: 'All plans (list)'
  };
});
