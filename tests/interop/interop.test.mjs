// The real AWS SDK for JavaScript v3 client against the example server.
//
// Run by run.sh, which starts the server and sets NEPTUNE_GRAPH_ENDPOINT.
// Tests run in file order, one at a time (node --test's default within a
// file); each test that changes the server's state uses tasks of its own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { guardLoopback } from './loopback_guard.mjs';
import { after, test } from 'node:test';

import {
  CancelImportTaskCommand,
  ConflictException,
  GetImportTaskCommand,
  ListImportTasksCommand,
  NeptuneGraphClient,
  ResourceNotFoundException,
  ValidationException,
  paginateListImportTasks,
  waitUntilImportTaskCancelled,
  waitUntilImportTaskSuccessful,
} from '@aws-sdk/client-neptune-graph';

const endpoint = process.env.NEPTUNE_GRAPH_ENDPOINT;
assert.ok(endpoint, 'NEPTUNE_GRAPH_ENDPOINT must be set (run.sh sets it)');
const server = new URL(endpoint);
assert.equal(server.hostname, '127.0.0.1', 'the example server listens on 127.0.0.1 only');

// Only the example server may be connected to (loopback_guard.mjs).
const connections = guardLoopback(server.host, 'interop test');

const client = new NeptuneGraphClient({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  maxAttempts: 1, // one request, one HTTP call: the server counts polls
});
after(() => client.destroy());

const seedPath = process.env.NEPTUNE_GRAPH_SEED ?? new URL('../../examples/server/seed.json', import.meta.url);
const seed = JSON.parse(readFileSync(seedPath, 'utf8')).tasks;
const seeded = (id) => {
  const task = seed.find((t) => t.taskId === id);
  assert.ok(task, `${id} is in the seed`);
  return task;
};

// Tasks whose status this file changes (by cancelling or polling them).
const moving = new Set(['t-cancelme01', 't-cancelme02', 't-waitsucc01', 't-waitfail01', 't-waitcanc01']);

const summaryMembers = ['graphId', 'taskId', 'source', 'format', 'parquetType', 'roleArn', 'status'];
const pick = (object, keys) => Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));

// A seeded task as the SDK is expected to hand it over: epoch seconds become a
// Date (milliseconds), and an importOptions member the SDK does not know
// becomes `$unknown: [tag, value]`.
function expectedTask(task) {
  const expected = { ...task };
  if (task.importTaskDetails) {
    expected.importTaskDetails = {
      ...task.importTaskDetails,
      startTime: new Date(Math.round(task.importTaskDetails.startTime * 1000)),
    };
  }
  if (task.importOptions && !('neptune' in task.importOptions)) {
    const [tag] = Object.keys(task.importOptions);
    expected.importOptions = { $unknown: [tag, task.importOptions[tag]] };
  }
  return expected;
}

const withoutMetadata = ({ $metadata, ...rest }) => rest;

test('ListImportTasks through the SDK paginator returns every seeded task once, in a stable order', async () => {
  const pageSize = 7;
  const pages = [];
  for await (const page of paginateListImportTasks({ client, pageSize }, {})) {
    assert.equal(page.$metadata.httpStatusCode, 200);
    pages.push(page);
  }
  assert.equal(pages.length, Math.ceil(seed.length / pageSize));
  pages.slice(0, -1).forEach((p) => {
    assert.equal(p.tasks.length, pageSize);
    assert.equal(typeof p.nextToken, 'string');
  });
  assert.equal(pages.at(-1).nextToken, undefined);

  const listed = pages.flatMap((p) => p.tasks);
  const ids = listed.map((t) => t.taskId);
  assert.equal(new Set(ids).size, ids.length, 'no task twice');
  assert.deepEqual([...ids].sort(), seed.map((t) => t.taskId).sort(), 'every seeded task');
  assert.deepEqual(ids, [...ids].sort(), 'pages in task id order');

  for (const summary of listed) {
    const task = seeded(summary.taskId);
    const keys = moving.has(task.taskId) ? summaryMembers.filter((k) => k !== 'status') : summaryMembers;
    assert.deepEqual(pick(summary, keys), pick(task, keys), `summary of ${task.taskId}`);
    assert.deepEqual(Object.keys(summary).filter((k) => !summaryMembers.includes(k)), [], 'summary members only');
  }
});

test('ListImportTasks tokens are stable and opaque, and the page size defaults to 10', async () => {
  const first = await client.send(new ListImportTasksCommand({ maxResults: 5 }));
  const again = await client.send(new ListImportTasksCommand({ maxResults: 5 }));
  assert.equal(first.tasks.length, 5);
  assert.equal(again.nextToken, first.nextToken);
  assert.doesNotMatch(first.nextToken, /t-/, 'the token does not show the task id');

  const second = await client.send(new ListImportTasksCommand({ maxResults: 5, nextToken: first.nextToken }));
  assert.ok(second.tasks[0].taskId > first.tasks.at(-1).taskId, 'the next page starts after the last task');

  const byDefault = await client.send(new ListImportTasksCommand({}));
  assert.equal(byDefault.tasks.length, 10);

  const all = await client.send(new ListImportTasksCommand({ maxResults: 100 }));
  assert.equal(all.tasks.length, seed.length);
  assert.equal(all.nextToken, undefined);
});

test('GetImportTask hands over every member: strings, enums, numbers, timestamps, the union', async () => {
  const out = await client.send(new GetImportTaskCommand({ taskIdentifier: 't-detail0001' }));
  assert.equal(out.$metadata.httpStatusCode, 200);
  assert.equal(out.graphId, 'g-abcdef0123');
  assert.equal(out.taskId, 't-detail0001');
  assert.equal(out.source, 'arn:aws:rds:us-east-1:123456789012:cluster:neptune-social');
  assert.equal(out.format, 'CSV');
  assert.equal(out.parquetType, undefined);
  assert.equal(out.roleArn, 'arn:aws:iam::123456789012:role/NeptuneGraphImport');
  assert.equal(out.status, 'SUCCEEDED');
  assert.equal(out.attemptNumber, 1);
  assert.equal(out.statusReason, 'Import completed');

  assert.deepEqual(out.importOptions, {
    neptune: {
      s3ExportPath: 's3://neptune-export/social/',
      s3ExportKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      preserveDefaultVertexLabels: true,
      preserveEdgeIds: false,
    },
  });

  const d = out.importTaskDetails;
  assert.equal(d.status, 'SUCCEEDED');
  assert.ok(d.startTime instanceof Date, 'startTime is a Date');
  assert.equal(d.startTime.getTime(), 1732300000123, 'startTime keeps its milliseconds');
  assert.equal(d.startTime.toISOString(), '2024-11-22T18:26:40.123Z');
  assert.equal(d.timeElapsedSeconds, 3725);
  assert.equal(d.progressPercentage, 100);
  assert.equal(d.errorCount, 2);
  assert.equal(d.errorDetails, '2 edges referenced missing vertices');
  assert.equal(d.statementCount, 1234567890123);
  assert.equal(d.dictionaryEntryCount, 98765);
});

test('GetImportTask leaves absent optional members undefined', async () => {
  const out = withoutMetadata(await client.send(new GetImportTaskCommand({ taskIdentifier: 't-minimal001' })));
  assert.deepEqual(out, {
    taskId: 't-minimal001',
    source: 's3://neptune-import-bucket/minimal/',
    roleArn: 'arn:aws:iam::123456789012:role/NeptuneGraphImport',
    status: 'FAILED',
  });
});

test('an importOptions member the model does not know arrives as the SDK\'s $unknown', async () => {
  const out = await client.send(new GetImportTaskCommand({ taskIdentifier: 't-unknownopt' }));
  assert.deepEqual(out.importOptions, { $unknown: ['s3', { bucket: 'b', prefix: 'imports/2024/' }] });
  assert.equal(out.format, 'PARQUET');
  assert.equal(out.parquetType, 'COLUMNAR');
});

test('GetImportTask gives every seeded task as seeded (timestamp fractions included)', async () => {
  const fractions = new Set();
  for (const task of seed.filter((t) => !moving.has(t.taskId))) {
    const out = await client.send(new GetImportTaskCommand({ taskIdentifier: task.taskId }));
    assert.deepEqual(withoutMetadata(out), expectedTask(task), task.taskId);
    if (task.importTaskDetails) fractions.add(out.importTaskDetails.startTime.getUTCMilliseconds());
  }
  assert.ok(fractions.size >= 5, `several millisecond fractions seen: ${[...fractions]}`);
  assert.ok(fractions.has(7) && fractions.has(999) && fractions.has(0));
});

test('CancelImportTask moves an active task to CANCELLING, then the cancelled waiter sees CANCELLED', async () => {
  const task = seeded('t-cancelme01');
  assert.equal(task.status, 'IMPORTING');
  const out = await client.send(new CancelImportTaskCommand({ taskIdentifier: 't-cancelme01' }));
  assert.equal(out.$metadata.httpStatusCode, 200);
  assert.deepEqual(withoutMetadata(out), { ...pick(task, summaryMembers), status: 'CANCELLING' });

  const polled = await client.send(new GetImportTaskCommand({ taskIdentifier: 't-cancelme01' }));
  assert.equal(polled.status, 'CANCELLING');

  const result = await waitUntilImportTaskCancelled(
    { client, minDelay: 1, maxDelay: 1, maxWaitTime: 30 },
    { taskIdentifier: 't-cancelme01' },
  );
  assert.equal(result.state, 'SUCCESS');
  assert.equal(result.reason.status, 'CANCELLED');
});

test('ResourceNotFoundException for a task that does not exist', async () => {
  for (const Command of [GetImportTaskCommand, CancelImportTaskCommand]) {
    await assert.rejects(client.send(new Command({ taskIdentifier: 't-0000000000' })), (e) => {
      assert.ok(e instanceof ResourceNotFoundException, `${Command.name}: ${e}`);
      assert.equal(e.name, 'ResourceNotFoundException');
      assert.equal(e.message, 'Import task t-0000000000 not found');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  }
});

// The SDK checks no constraint on the client side: the server's validation answers.
const validationCases = [
  {
    what: 'a task id that breaks the pattern',
    command: new GetImportTaskCommand({ taskIdentifier: 't-BAD' }),
    reason: 'CONSTRAINT_VIOLATION',
    message:
      "1 validation error detected: Value 't-BAD' at 'taskIdentifier' failed to satisfy constraint: " +
      'Member must satisfy regular expression pattern: t-[a-z0-9]{10}',
  },
  {
    what: 'a task id with a slash (percent-encoded by the SDK, decoded by the server)',
    command: new CancelImportTaskCommand({ taskIdentifier: 't-abc/defghi' }),
    reason: 'CONSTRAINT_VIOLATION',
    message:
      "1 validation error detected: Value 't-abc/defghi' at 'taskIdentifier' failed to satisfy constraint: " +
      'Member must satisfy regular expression pattern: t-[a-z0-9]{10}',
  },
  {
    what: 'maxResults above 100',
    command: new ListImportTasksCommand({ maxResults: 1000 }),
    reason: 'CONSTRAINT_VIOLATION',
    message:
      "1 validation error detected: Value '1000' at 'maxResults' failed to satisfy constraint: " +
      'Member must have value less than or equal to 100',
  },
  {
    what: 'maxResults below 1',
    command: new ListImportTasksCommand({ maxResults: 0 }),
    reason: 'CONSTRAINT_VIOLATION',
    message:
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: " +
      'Member must have value greater than or equal to 1',
  },
  {
    what: 'a nextToken the server did not give',
    command: new ListImportTasksCommand({ nextToken: 'not-a-token' }),
    reason: 'BAD_REQUEST',
    message: 'Invalid nextToken: pass a nextToken that ListImportTasks returned, unchanged',
  },
];

for (const c of validationCases) {
  test(`ValidationException (${c.reason}) for ${c.what}`, async () => {
    await assert.rejects(client.send(c.command), (e) => {
      assert.ok(e instanceof ValidationException, String(e));
      assert.equal(e.name, 'ValidationException');
      assert.equal(e.reason, c.reason);
      assert.equal(e.message, c.message);
      assert.equal(e.$metadata.httpStatusCode, 400);
      return true;
    });
  });
}

test('ConflictException for cancelling a finished task, with no reason', async () => {
  await assert.rejects(client.send(new CancelImportTaskCommand({ taskIdentifier: 't-detail0001' })), (e) => {
    assert.ok(e instanceof ConflictException, String(e));
    assert.equal(e.name, 'ConflictException');
    assert.equal(
      e.message,
      'Import task t-detail0001 cannot be cancelled: its status is SUCCEEDED; only INITIALIZING, EXPORTING, ' +
        'ANALYZING_DATA, IMPORTING and REPROVISIONING tasks can be cancelled',
    );
    assert.equal(e.reason, undefined);
    assert.equal(e.$metadata.httpStatusCode, 409);
    return true;
  });
});

test('ConflictException CONCURRENT_MODIFICATION for cancelling a task twice', async () => {
  const first = await client.send(new CancelImportTaskCommand({ taskIdentifier: 't-cancelme02' }));
  assert.equal(first.status, 'CANCELLING');
  await assert.rejects(client.send(new CancelImportTaskCommand({ taskIdentifier: 't-cancelme02' })), (e) => {
    assert.ok(e instanceof ConflictException, String(e));
    assert.equal(e.message, 'Import task t-cancelme02 is already being cancelled');
    assert.equal(e.reason, 'CONCURRENT_MODIFICATION');
    return true;
  });
});

const quickly = { client, minDelay: 1, maxDelay: 1, maxWaitTime: 30 };

test('waitUntilImportTaskSuccessful succeeds once the server moves the task to SUCCEEDED', async () => {
  const result = await waitUntilImportTaskSuccessful(quickly, { taskIdentifier: 't-waitsucc01' });
  assert.equal(result.state, 'SUCCESS');
  assert.equal(result.reason.status, 'SUCCEEDED');
  assert.equal(result.reason.taskId, 't-waitsucc01');
});

test('waitUntilImportTaskSuccessful fails once the server moves the task to FAILED', async () => {
  await assert.rejects(waitUntilImportTaskSuccessful(quickly, { taskIdentifier: 't-waitfail01' }), (e) => {
    const result = JSON.parse(e.message);
    assert.equal(result.state, 'FAILURE');
    assert.equal(result.reason.status, 'FAILED');
    return true;
  });
});

test('waitUntilImportTaskCancelled succeeds once a CANCELLING task becomes CANCELLED', async () => {
  const result = await waitUntilImportTaskCancelled(quickly, { taskIdentifier: 't-waitcanc01' });
  assert.equal(result.state, 'SUCCESS');
  assert.equal(result.reason.status, 'CANCELLED');
});

test('every connection went to the example server, and none elsewhere', () => {
  assert.ok(connections.length > 0);
  assert.deepEqual([...new Set(connections)], [server.host]);
});
