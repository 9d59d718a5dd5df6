// Step 2 of the test sdk_serialization: the real AWS SDK for JavaScript v3 reads
// the responses the library made (`sdk_serialization responses FILE`), with no
// network (sdk_offline.mjs):
//
//   node sdk_responses.mjs FILE
//
// Each response is the canned answer to its operation's command. An output must
// read as the expected value: deep equality once the SDK's Date objects are epoch
// seconds again, $metadata is dropped, and an unknown union member, which the SDK
// shows as `$unknown: [tag, value]`, is `{tag: value}` again. An error must arrive
// as the SDK's own exception class of that name, with the same members (those the
// value leaves out undefined), $fault, $metadata.httpStatusCode and $retryable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import * as sdk from '@aws-sdk/client-neptune-graph';

import { offlineClient, refusedConnections } from './sdk_offline.mjs';

const file = process.argv[2];
assert.ok(file, 'usage: node sdk_responses.mjs FILE');
const cases = JSON.parse(readFileSync(file, 'utf8'));

// A valid input per operation: the response is what is tested.
const inputs = {
  StartImportTask: { graphIdentifier: 'g-0123456789', source: 's3://b', roleArn: 'arn:aws:iam::123456789012:role/R' },
  CreateGraphUsingImportTask: { graphName: 'g', source: 's3://b', roleArn: 'arn:aws:iam::123456789012:role/R' },
  StartExportTask: {
    graphIdentifier: 'g-0123456789', roleArn: 'arn:aws:iam::123456789012:role/R', format: 'CSV', destination: 's3://b',
    kmsKeyIdentifier: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  },
  GetExportTask: { taskIdentifier: 't-0123456789' },
  CancelExportTask: { taskIdentifier: 't-0123456789' },
  ListExportTasks: {},
};

// The SDK's view of a value, as plain JSON data.
function normalize(v) {
  if (v instanceof Date) return v.getTime() / 1000;
  if (Array.isArray(v)) return v.map(normalize);
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '$unknown') {
      const [tag, value] = v.$unknown;
      return { [tag]: normalize(value) };
    }
    const out = {};
    for (const k of keys) {
      // defineProperty: a key `__proto__` is a member, not the prototype. It is
      // kept even when undefined, for tolerateProtoKeys below.
      if (k !== '$metadata' && (v[k] !== undefined || k === '__proto__')) {
        Object.defineProperty(out, k, { value: normalize(v[k]), enumerable: true, writable: true, configurable: true });
      }
    }
    return out;
  }
  return v;
}

// The one tolerance: a known defect of the SDK's JSON deserializer
// (@smithy/core JsonShapeDeserializer2, the map case). For a map whose values
// need reading (structures), it calls writeKey(map), which redefines the key
// `__proto__` as an own member holding undefined, and only then reads
// map['__proto__']: the entry's value is lost, its key stays. Maps of strings
// (tags) are not affected. Where the SDK shows `__proto__: undefined` and the
// expected value has the entry, the entry is taken as read and reported; where
// the SDK reads it, nothing is said.
const protoLosses = [];
function tolerateProtoKeys(actual, expected, path) {
  if (actual === null || expected === null || typeof actual !== 'object' || typeof expected !== 'object') return;
  if (Object.hasOwn(actual, '__proto__') && actual.__proto__ === undefined && Object.hasOwn(expected, '__proto__') &&
      expected.__proto__ !== undefined) {
    Object.defineProperty(actual, '__proto__', { value: expected.__proto__, enumerable: true, writable: true, configurable: true });
    protoLosses.push(`${path}["__proto__"]`);
  }
  for (const k of Object.keys(actual)) {
    if (Object.hasOwn(expected, k)) tolerateProtoKeys(actual[k], expected[k], `${path}.${k}`);
  }
}

const retryable = { throttling: { throttling: true }, transient: {}, none: undefined };

let answer;
const client = offlineClient(() => answer);
const failures = [];
let outputs = 0;
let errors = 0;

for (const c of cases) {
  const which = `${c.operation} '${c.name}'`;
  answer = c.response;
  const command = new sdk[`${c.operation}Command`](inputs[c.operation]);
  try {
    if (c.kind === 'output') {
      const out = await client.send(command);
      assert.equal(out.$metadata.httpStatusCode, c.response.status, 'the status');
      const actual = normalize(out);
      tolerateProtoKeys(actual, c.expected, `${c.operation}Output`);
      assert.deepStrictEqual(actual, c.expected);
      ++outputs;
    } else {
      const e = c.error;
      await assert.rejects(client.send(command), (thrown) => {
        assert.ok(sdk[e.name], `the SDK exports ${e.name}`);
        assert.ok(thrown instanceof sdk[e.name], `an instance of the SDK's ${e.name}, not ${thrown?.constructor?.name}: ${thrown}`);
        assert.ok(thrown instanceof sdk.NeptuneGraphServiceException);
        assert.equal(thrown.name, e.name);
        assert.equal(thrown.$fault, e.fault, '$fault');
        assert.equal(thrown.$metadata.httpStatusCode, e.status, '$metadata.httpStatusCode');
        assert.deepStrictEqual(thrown.$retryable, retryable[e.retry], '$retryable');
        for (const m of e.members) {
          assert.deepStrictEqual(thrown[m], e.values[m], `the member ${m}`);
        }
        return true;
      });
      ++errors;
    }
  } catch (err) {
    failures.push(`${which}: ${err.message}\n  response: ${JSON.stringify(c.response)}`);
  }
}
client.destroy();

assert.deepEqual(refusedConnections, [], 'no connection was attempted');
for (const f of failures) console.error(`FAIL ${f}`);
if (protoLosses.length > 0) {
  console.log(`sdk_responses: note: the SDK lost the value of ${protoLosses.length} map entries keyed "__proto__" ` +
    `(a defect of its deserializer, tolerated), e.g. ${protoLosses[0]}`);
}
const ops = new Set(cases.map((c) => c.operation));
console.log(`sdk_responses: the SDK read ${outputs} outputs and ${errors} errors of ${ops.size} operations as made; ` +
  `${failures.length} failures`);
process.exit(failures.length === 0 && cases.length > 0 ? 0 : 1);
