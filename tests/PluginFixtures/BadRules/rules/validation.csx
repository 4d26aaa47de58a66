// rule: gxp-validation
// gates: gate-4-5
// version: 1
// description: Reads a file, which governance rules may not do.

var evidence = System.IO.File.Exists("validation-report.pdf");
Require("gxp-validation", "a validation report is on file", evidence ? "on file" : "missing", "on file", evidence, "file the validation report");
