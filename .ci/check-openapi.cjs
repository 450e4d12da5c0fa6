// Validates Cyd's OpenAPI document (written by OpenApiDocumentTest to target/openapi/openapi.json) with
// @apidevtools/swagger-parser, as an integrator's tooling would read it. Usage (from .ci/run):
//   SWAGGER_PARSER=<its installed folder> node .ci/check-openapi.cjs target/openapi/openapi.json
const SwaggerParser = require(process.env.SWAGGER_PARSER || '@apidevtools/swagger-parser');
const file = process.argv[2];
SwaggerParser.validate(file)
  .then((api) => {
    const operations = Object.values(api.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    console.log(`OpenAPI ${api.openapi} document valid (swagger-parser): ${operations} operations, `
      + `${Object.keys((api.components || {}).schemas || {}).length} schemas`);
  })
  .catch((e) => {
    console.error(`OpenAPI document refused by swagger-parser: ${e.message}`);
    process.exit(1);
  });
