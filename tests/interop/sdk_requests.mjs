// Step 1 of the test sdk_serialization: the requests the real AWS SDK for
// JavaScript v3 builds for the import/export operations, captured without any
// network (sdk_offline.mjs), written with the input each came from:
//
//   node sdk_requests.mjs OUT.json
//
// OUT.json is an array of {name, operation, route, input, request, ...}; request
// is {method, path, query, target, headers, body} as the SDK's node handler would
// send it, input is the SDK's input on the wire's terms (an unknown union member,
// `$unknown: [tag, value]` for the SDK, is `{tag: value}`). `route` says what the
// library does with it (sdk_serialization.cpp checks the file):
//   "accept"      the input is valid per the model's constraints: route() reads it
//                 back equal, make_request() builds the same request;
//   "refuse"      it breaks a constraint, which the SDK does not check: route()
//                 answers 400 ValidationException, make_request() builds the same
//                 request (it does not validate either);
//   "unreadable"  the library cannot even hold it (a union with no member, a
//                 required member absent, a fraction for an integer): route()
//                 answers 400 ValidationException with `reason`;
//   "unsendable"  an empty URI label: the SDK sends a request to another path,
//                 make_request() refuses to, and route() finds no operation (404).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';

import {
  CancelExportTaskCommand,
  CreateGraphUsingImportTaskCommand,
  GetExportTaskCommand,
  ListExportTasksCommand,
  StartExportTaskCommand,
  StartImportTaskCommand,
} from '@aws-sdk/client-neptune-graph';

import { offlineClient, refusedConnections, wireRequest } from './sdk_offline.mjs';

const out = process.argv[2];
assert.ok(out, 'usage: node sdk_requests.mjs OUT.json');

const commands = {
  StartImportTask: StartImportTaskCommand,
  CreateGraphUsingImportTask: CreateGraphUsingImportTaskCommand,
  StartExportTask: StartExportTaskCommand,
  GetExportTask: GetExportTaskCommand,
  CancelExportTask: CancelExportTaskCommand,
  ListExportTasks: ListExportTasksCommand,
};

const role = 'arn:aws:iam::123456789012:role/NeptuneGraphImport';
const serviceRole = 'arn:aws:iam::123456789012:role/service-role/a+b=c,d.e@f-g/Export_1';
const kms = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const odd = 'ü é ñ 😀 "quoted" back\\slash tab\t newline\n ctrl\u0001 / ? # & = + %20';

const neptuneFull = {
  neptune: {
    s3ExportPath: 's3://neptune-export/social/ü/',
    s3ExportKmsKeyId: kms,
    preserveDefaultVertexLabels: true,
    preserveEdgeIds: false,
  },
};
const neptuneMinimal = { neptune: { s3ExportPath: 's3://b/p', s3ExportKmsKeyId: 'k' } };

const exportFilterFull = {
  vertexFilter: {
    person: {
      properties: {
        name: { outputType: 'String', sourcePropertyName: 'name', multiValueHandling: 'PICK_FIRST' },
        age_2: { outputType: 'Int' },
        scores: { outputType: 'Double[]', multiValueHandling: 'TO_LIST' },
      },
    },
    'a b': { properties: {} },
    'x/y=z': {},
    'k:1': { properties: { p: { sourcePropertyName: 'söurce näme with spaces / and = and &' } } },
    'ü ñ 😀': { properties: { P_0: { outputType: 'Boolean', sourcePropertyName: 'p' } } },
  },
  edgeFilter: {
    knows: { properties: { since: { outputType: 'Long', sourcePropertyName: 'since', multiValueHandling: 'TO_LIST' } } },
    '"quoted" \\ label': {},
    ['__proto__']: { properties: { toString: { outputType: 'Any' } } },
  },
};

// [operation, name, route, input]
const cases = [
  // StartImportTask: the graph in the path, everything else in the body.
  ['StartImportTask', 'minimal', 'accept', { graphIdentifier: 'g-0123456789', source: 's3://bucket/data/', roleArn: role }],
  ['StartImportTask', 'every member', 'accept', {
    graphIdentifier: 'g-abcdefghij', source: 's3://bucket/data/', roleArn: serviceRole,
    importOptions: neptuneFull, failOnError: true, format: 'PARQUET', parquetType: 'COLUMNAR',
    blankNodeHandling: 'convertToIri',
  }],
  ['StartImportTask', 'booleans false, union with its required members only', 'accept', {
    graphIdentifier: 'g-0123456789', source: 's3://bucket/data/', roleArn: role,
    importOptions: neptuneMinimal, failOnError: false, format: 'NTRIPLES',
  }],
  ['StartImportTask', 'union with its booleans false', 'accept', {
    graphIdentifier: 'g-0123456789', source: 's3://b', roleArn: role,
    importOptions: { neptune: { ...neptuneMinimal.neptune, preserveDefaultVertexLabels: false, preserveEdgeIds: false } },
  }],
  ['StartImportTask', 'strings to escape in JSON, unicode', 'accept', {
    graphIdentifier: 'g-0123456789', source: odd, roleArn: role, format: 'OPEN_CYPHER',
  }],
  ['StartImportTask', 'empty source (required, no length rule)', 'accept', {
    graphIdentifier: 'g-0123456789', source: '', roleArn: role, format: 'CSV',
  }],
  ['StartImportTask', 'enum values the model does not know', 'refuse', {
    graphIdentifier: 'g-0123456789', source: 's3://b', roleArn: role, format: 'TURTLE', parquetType: 'ROW',
    blankNodeHandling: 'keep',
  }],
  ['StartImportTask', 'a label to percent-encode', 'refuse', {
    graphIdentifier: "g-ü x/y?z#&=+%!'()*~._", source: 's3://b', roleArn: role,
  }],

  // CreateGraphUsingImportTask: everything in the body.
  ['CreateGraphUsingImportTask', 'minimal', 'accept', { graphName: 'social', source: 's3://bucket/data/', roleArn: role }],
  ['CreateGraphUsingImportTask', 'every member', 'accept', {
    graphName: 'social-graph-2', source: 's3://bucket/data/', roleArn: serviceRole,
    tags: { 'k:1': 'v1', 'x/y=z': 'a b', 'a+b': 'ü é ñ 😀', Env: '', 'A.b_c-d': '"q" \\', '0:/+=.': odd },
    publicConnectivity: true, kmsKeyIdentifier: kms, vectorSearchConfiguration: { dimension: 1536 },
    replicaCount: 2, deletionProtection: true, importOptions: neptuneFull,
    maxProvisionedMemory: 24576, minProvisionedMemory: 16, failOnError: true, format: 'PARQUET',
    parquetType: 'COLUMNAR', blankNodeHandling: 'convertToIri',
  }],
  ['CreateGraphUsingImportTask', 'zeros, falses and an empty tag map', 'accept', {
    graphName: 'g', source: 's3://b', roleArn: role, tags: {}, replicaCount: 0, publicConnectivity: false,
    deletionProtection: false, failOnError: false, vectorSearchConfiguration: { dimension: 1 },
  }],
  ['CreateGraphUsingImportTask', 'the largest values', 'accept', {
    graphName: 'a'.repeat(63), source: 's3://b', roleArn: role, vectorSearchConfiguration: { dimension: 65536 },
    maxProvisionedMemory: 24576, minProvisionedMemory: 24576, replicaCount: 2,
    tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`key/${i}`, 'v'.repeat(256)])),
  }],
  ['CreateGraphUsingImportTask', 'tag keys outside the TagKey pattern (a space, unicode)', 'refuse', {
    graphName: 'social', source: 's3://b', roleArn: role, tags: { 'a b': 'v', 'ü': 'w', '😀': '' },
  }],
  ['CreateGraphUsingImportTask', 'out of range numbers and enum values the model does not know', 'refuse', {
    graphName: 'social', source: 's3://b', roleArn: role, replicaCount: 3, vectorSearchConfiguration: { dimension: 0 },
    maxProvisionedMemory: -1, minProvisionedMemory: 2147483647, format: 'TURTLE',
  }],

  // StartExportTask: everything in the body.
  ['StartExportTask', 'minimal', 'accept', {
    graphIdentifier: 'g-0123456789', roleArn: role, format: 'CSV', destination: 's3://bucket/out/', kmsKeyIdentifier: kms,
  }],
  ['StartExportTask', 'every member, filters with nested maps of structures', 'accept', {
    graphIdentifier: 'g-0123456789', roleArn: serviceRole, format: 'PARQUET', destination: `s3://bucket/${odd}`,
    kmsKeyIdentifier: kms, parquetType: 'COLUMNAR', exportFilter: exportFilterFull,
    // ['__proto__'] is an own member, where '__proto__': would set the prototype.
    tags: { 'k:1': 'ü', 'x/y=z': '', 'a.b_c-d+e=f:g/h': 'a b', ['__proto__']: 'p', constructor: 'c' },
  }],
  ['StartExportTask', 'an empty filter and an empty tag map', 'accept', {
    graphIdentifier: 'g-0123456789', roleArn: role, format: 'CSV', destination: 'd', kmsKeyIdentifier: kms,
    exportFilter: {}, tags: {},
  }],
  ['StartExportTask', 'filters whose maps are empty', 'accept', {
    graphIdentifier: 'g-0123456789', roleArn: role, format: 'CSV', destination: 'd', kmsKeyIdentifier: kms,
    exportFilter: { vertexFilter: {}, edgeFilter: { e: { properties: {} } } },
  }],
  ['StartExportTask', 'enum values the model does not know, a property name outside its pattern', 'refuse', {
    graphIdentifier: 'g-0123456789', roleArn: role, format: 'JSON', destination: 'd', kmsKeyIdentifier: kms,
    parquetType: 'ROW',
    exportFilter: { vertexFilter: { v: { properties: { 'not a name': { outputType: 'Int128', multiValueHandling: 'SPLIT' } } } } },
  }],

  // GetExportTask, CancelExportTask: the task in the path, no body.
  ['GetExportTask', 'digits', 'accept', { taskIdentifier: 't-0123456789' }],
  ['GetExportTask', 'letters', 'accept', { taskIdentifier: 't-abcdefghij' }],
  ['GetExportTask', 'a label to percent-encode', 'refuse', { taskIdentifier: "t-ü x/y?z#&=+%!'()*~._😀" }],
  ['CancelExportTask', 'digits', 'accept', { taskIdentifier: 't-0123456789' }],
  ['CancelExportTask', 'letters and digits', 'accept', { taskIdentifier: 't-a1b2c3d4e5' }],
  ['CancelExportTask', 'a label to percent-encode', 'refuse', { taskIdentifier: 't-a b' }],

  // ListExportTasks: everything in the query.
  ['ListExportTasks', 'no parameters', 'accept', {}],
  ['ListExportTasks', 'the page size alone', 'accept', { maxResults: 1 }],
  ['ListExportTasks', 'every parameter', 'accept', { graphIdentifier: 'g-0123456789', nextToken: 'abc', maxResults: 100 }],
  ['ListExportTasks', 'a token to percent-encode', 'accept', {
    graphIdentifier: 'g-abcdefghij', nextToken: "a b+c/d=é&x=1;~!'()*%20#?😀", maxResults: 50,
  }],
  ['ListExportTasks', 'a base64 token', 'accept', { nextToken: 'eyJ0IjoidC0wMTIzNDU2Nzg5In0=/+==' }],
  ['ListExportTasks', 'a zero page size and a graph outside its pattern', 'refuse', { graphIdentifier: 'G X', maxResults: 0 }],
  ['ListExportTasks', 'an empty token', 'refuse', { nextToken: '' }],

  // What the SDK sends that the library's types cannot hold, or would not send.
  ['StartImportTask', 'a union member the SDK does not know, as $unknown', 'refuse', {
    graphIdentifier: 'g-0123456789', source: 's3://b', roleArn: role,
    importOptions: { $unknown: ['s3', { bucket: 'b', prefix: ['a', 1, true, null], deep: { x: {} } }] },
  }, { pass_through_unknown: true }],
  ['StartImportTask', 'a union with no member', 'unreadable', {
    graphIdentifier: 'g-0123456789', source: 's3://b', roleArn: role, importOptions: {},
  }, { reason: 'BAD_REQUEST' }],
  ['StartExportTask', 'required members absent', 'unreadable', { graphIdentifier: 'g-0123456789', format: 'CSV' },
    { reason: 'CONSTRAINT_VIOLATION' }],
  ['ListExportTasks', 'a fractional page size', 'unreadable', { maxResults: 1.5 }, { reason: 'BAD_REQUEST' }],
  ['StartImportTask', 'an empty label', 'unsendable', { graphIdentifier: '', source: 's3://b', roleArn: role }],
  ['GetExportTask', 'an empty label', 'unsendable', { taskIdentifier: '' }],
  ['CancelExportTask', 'an empty label', 'unsendable', { taskIdentifier: '' }],
];

// The input on the wire's terms: `$unknown: [tag, value]` is the member `tag`.
function wireShape(v) {
  if (Array.isArray(v)) return v.map(wireShape);
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === '$unknown') return { [v.$unknown[0]]: v.$unknown[1] };
  const out = {};
  for (const k of keys) {
    Object.defineProperty(out, k, { value: wireShape(v[k]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

let captured;
const client = offlineClient(
  () => ({ status: 400, headers: [['x-amzn-errortype', 'ValidationException']], body: '{"message":"captured"}' }),
  (request) => { captured = request; },
);

const records = [];
for (const [operation, name, route, input, extra = {}] of cases) {
  captured = undefined;
  // The canned answer is an error: the request is all this step wants.
  await assert.rejects(client.send(new commands[operation](structuredClone(input))), { name: 'ValidationException' },
    `${operation} ${name}: the canned error`);
  assert.ok(captured, `${operation} ${name}: the SDK built a request`);
  records.push({ name, operation, route, input: wireShape(input), request: wireRequest(captured), ...extra });
}
client.destroy();

assert.deepEqual(refusedConnections, [], 'no connection was attempted');
writeFileSync(out, JSON.stringify(records, null, 1));
const counts = Object.keys(commands).map((op) => `${op} ${records.filter((r) => r.operation === op).length}`);
console.log(`sdk_requests: ${records.length} requests captured (${counts.join(', ')}), none sent`);
