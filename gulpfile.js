'use strict';

const { spawnSync } = require('child_process');
const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// The Teams app package (teams/TeamsSPFxApp.zip) is built and validated first: SPFx packages
// everything in teams/ into the .sppkg, where "Sync to Teams" looks for it.
const teamsApp = build.subTask('teams-app-package', function (gulp, buildOptions, done) {
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/teams-app/build.ts'], { cwd: __dirname, stdio: 'inherit' });
  done(run.status === 0 ? undefined : new Error('Teams-appen kunde inte byggas / the Teams app package failed'));
});

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));
  var packageSolution = result.get('package-solution');
  result.set('package-solution', Object.assign({}, packageSolution, { executable: build.serial(teamsApp, packageSolution.executable) }));

  return result;
};

build.initialize(require('gulp'));
