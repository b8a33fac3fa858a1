/** The layering of DESIGN.md / STYLE.md, enforced: arrows only point down the pipeline. */
const rule = (name, from, to) => ({ name, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    rule('model-imports-nothing', '^src/model/', '^src/(?!model/)'),
    rule('ingest-stays-low', '^src/ingest/', '^src/(extract|geo|store|control|analysis|server|cli|pipeline|eval)/'),
    rule('geo-knows-no-sentences', '^src/geo/', '^src/(extract|ingest|store|control|analysis|server|cli|pipeline|eval)/'),
    rule('theater-is-data', '^src/theater/', '^src/(extract|ingest|store|control|analysis|server|cli|pipeline|eval)/'),
    rule('extract-is-pure', '^src/extract/', '^src/(store|control|analysis|server|cli|pipeline|eval)/'),
    rule('store-knows-only-model', '^src/store/', '^src/(?!(model|store)/)'),
    rule('control-knows-no-io-layers', '^src/control/', '^src/(extract|ingest|store|analysis|server|cli|pipeline|eval)/'),
    rule('analysis-knows-no-http', '^src/analysis/', '^src/(extract|ingest|store|server|cli|pipeline|eval)/'),
    rule('server-not-cli', '^src/server/', '^src/cli/'),
    rule('web-over-http-only', '^web/', '^src/(?!model/)'),
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
