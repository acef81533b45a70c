// Mutation runs only: property tests draw the same cases in the dry run and in every mutant
// run, so a mutant's verdict does not depend on which random cases a run happened to draw (and
// a rare failing case found by `npm test` does not stop the dry run; it is reported instead).
const fc = require("fast-check");

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20261201 });
