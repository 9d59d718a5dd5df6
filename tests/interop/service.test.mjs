// The real AWS SDK for JavaScript v3 client against the example server as a
// local import/export service: graphs and tasks created through the API and
// moved along by the server's clock, which run_service.sh starts at
// --time-scale 600 (an import of 8 to 12 simulated minutes takes 0.8 to 1.2 s)
// and --max-graphs 60.
//
// Tests run in file order, one at a time; each works on graphs and tasks of its own.
import assert from 'node:assert/strict';
import { guardLoopback } from './loopback_guard.mjs';
import { after, test } from 'node:test';

import {
  CancelExportTaskCommand,
  CancelImportTaskCommand,
  ConflictException,
  CreateGraphUsingImportTaskCommand,
  GetExportTaskCommand,
  GetImportTaskCommand,
  ListExportTasksCommand,
  NeptuneGraphClient,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  StartExportTaskCommand,
  StartImportTaskCommand,
  ValidationException,
  paginateListExportTasks,
  paginateListImportTasks,
  waitUntilExportTaskCancelled,
  waitUntilExportTaskSuccessful,
  waitUntilImportTaskCancelled,
  waitUntilImportTaskSuccessful,
} from '@aws-sdk/client-neptune-graph';

const endpoint = process.env.NEPTUNE_GRAPH_ENDPOINT;
assert.ok(endpoint, 'NEPTUNE_GRAPH_ENDPOINT must be set (run_service.sh sets it)');
const server = new URL(endpoint);
assert.equal(server.hostname, '127.0.0.1', 'the example server listens on 127.0.0.1 only');
const maxGraphs = Number(process.env.NEPTUNE_GRAPH_MAX_GRAPHS);
assert.ok(maxGraphs > 0, 'NEPTUNE_GRAPH_MAX_GRAPHS must be set (run_service.sh sets it)');

// Only the example server may be connected to (loopback_guard.mjs).
const connections = guardLoopback(server.host, 'service test');

const client = new NeptuneGraphClient({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  maxAttempts: 1,
});
after(() => client.destroy());

const roleArn = 'arn:aws:iam::123456789012:role/NeptuneGraphImport';
const kmsKeyIdentifier = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const quickly = { client, minDelay: 0.2, maxDelay: 0.5, maxWaitTime: 20 };
const withoutMetadata = ({ $metadata, ...rest }) => rest;

// Graphs this file creates: the quota test needs the count.
let graphsCreated = 0;
async function createGraph(graphName, source, extra = {}) {
  const out = await client.send(new CreateGraphUsingImportTaskCommand({ graphName, source, roleArn, ...extra }));
  graphsCreated += 1;
  return out;
}

// The documented duration formula (docs/example-server.md): FNV-1a 64 of the path.
function fnv1a64(text) {
  let h = 14695981039346656037n;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * 1099511628211n) & 0xffffffffffffffffn;
  }
  return h;
}
const importSeconds = (source) => 480 + Number(fnv1a64(source) % 241n);
const exportSeconds = (destination) => 240 + Number(fnv1a64(destination) % 121n);

// Polls GetImportTask until the task is over, recording each status seen (once) and the progress.
async function follow(get, taskIdentifier) {
  const statuses = [];
  const progress = [];
  for (;;) {
    const out = await client.send(new get({ taskIdentifier }));
    if (statuses.at(-1) !== out.status) statuses.push(out.status);
    const details = out.importTaskDetails ?? out.exportTaskDetails;
    if (details) progress.push(details.progressPercentage);
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(out.status)) return { statuses, progress, last: out };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const isOrdered = (seen, order) => seen.every((s, i) => i === 0 || order.indexOf(seen[i - 1]) < order.indexOf(s));

async function rejectsWith(promise, Type, check = () => {}) {
  await assert.rejects(promise, (e) => {
    assert.ok(e instanceof Type, `${Type.name} expected: ${e}`);
    assert.equal(e.name, Type.name);
    check(e);
    return true;
  });
}

test('CreateGraphUsingImportTask creates a graph and its import, which waitUntilImportTaskSuccessful sees succeed', async () => {
  const source = 's3://neptune-import-bucket/social/';
  const out = await createGraph('social', source, {
    tags: { team: 'graphs' },
    format: 'CSV',
    importOptions: { neptune: { s3ExportPath: 's3://export/social/', s3ExportKmsKeyId: kmsKeyIdentifier } },
  });
  assert.equal(out.$metadata.httpStatusCode, 201);
  assert.match(out.graphId, /^g-[a-z0-9]{10}$/);
  assert.match(out.taskId, /^t-[a-z0-9]{10}$/);
  assert.deepEqual(withoutMetadata(out), {
    graphId: out.graphId,
    taskId: out.taskId,
    source,
    format: 'CSV',
    roleArn,
    status: 'INITIALIZING',
    importOptions: { neptune: { s3ExportPath: 's3://export/social/', s3ExportKmsKeyId: kmsKeyIdentifier } },
  });

  const result = await waitUntilImportTaskSuccessful(quickly, { taskIdentifier: out.taskId });
  assert.equal(result.state, 'SUCCESS');
  const task = result.reason;
  assert.equal(task.status, 'SUCCEEDED');
  assert.equal(task.graphId, out.graphId);
  assert.equal(task.attemptNumber, 1);
  const d = task.importTaskDetails;
  assert.equal(d.status, 'SUCCEEDED');
  assert.ok(d.startTime instanceof Date);
  assert.equal(d.progressPercentage, 100);
  assert.equal(d.timeElapsedSeconds, importSeconds(source), 'the documented duration');
  assert.equal(d.errorCount, 0);
  assert.ok(d.statementCount >= 1000000 && d.dictionaryEntryCount > 0, JSON.stringify(d));
});

test('imports go through their phases in order, EXPORTING only for a Neptune source, progress rising to 100', async () => {
  const [fromS3, fromNeptune] = await Promise.all([
    createGraph('phases-s3', 's3://neptune-import-bucket/phases/'),
    createGraph('phases-neptune', 'neptune-db://cluster-abc.us-east-1/'),
  ]);
  const order = ['INITIALIZING', 'EXPORTING', 'ANALYZING_DATA', 'IMPORTING', 'SUCCEEDED'];
  const [s3, neptune] = await Promise.all([
    follow(GetImportTaskCommand, fromS3.taskId),
    follow(GetImportTaskCommand, fromNeptune.taskId),
  ]);
  for (const run of [s3, neptune]) {
    assert.ok(isOrdered(run.statuses, order), run.statuses.join(' '));
    assert.equal(run.statuses.at(-1), 'SUCCEEDED');
    assert.ok(run.progress.every((p, i) => i === 0 || p >= run.progress[i - 1]), 'progress never goes back');
    assert.equal(run.progress.at(-1), 100);
  }
  assert.ok(!s3.statuses.includes('EXPORTING'), s3.statuses.join(' '));
  assert.ok(neptune.statuses.includes('EXPORTING'), neptune.statuses.join(' '));
  assert.ok(neptune.statuses.includes('IMPORTING'), neptune.statuses.join(' '));
});

test('StartImportTask on an existing graph, CancelImportTask, then waitUntilImportTaskCancelled', async () => {
  const created = await createGraph('cancel-me', 's3://neptune-import-bucket/first/');
  await waitUntilImportTaskSuccessful(quickly, { taskIdentifier: created.taskId });

  const started = await client.send(new StartImportTaskCommand({
    graphIdentifier: created.graphId, source: 's3://neptune-import-bucket/second/', roleArn, failOnError: true,
  }));
  assert.equal(started.$metadata.httpStatusCode, 201);
  assert.equal(started.graphId, created.graphId);
  assert.equal(started.status, 'INITIALIZING');
  assert.notEqual(started.taskId, created.taskId);

  // A second import while the first runs.
  await rejectsWith(
    client.send(new StartImportTaskCommand({ graphIdentifier: created.graphId, source: 's3://b/third/', roleArn })),
    ConflictException,
    (e) => {
      assert.equal(e.$metadata.httpStatusCode, 409);
      assert.match(e.message, /already has an import task running/);
    },
  );

  const cancelled = await client.send(new CancelImportTaskCommand({ taskIdentifier: started.taskId }));
  assert.equal(cancelled.status, 'CANCELLING');
  const result = await waitUntilImportTaskCancelled(quickly, { taskIdentifier: started.taskId });
  assert.equal(result.state, 'SUCCESS');
  assert.equal(result.reason.status, 'CANCELLED');
  assert.ok(result.reason.importTaskDetails.progressPercentage < 100, 'progress stops at the cancel');

  // Cancelling a finished task, cancelled or succeeded.
  for (const [taskIdentifier, status] of [[started.taskId, 'CANCELLED'], [created.taskId, 'SUCCEEDED']]) {
    await rejectsWith(client.send(new CancelImportTaskCommand({ taskIdentifier })), ConflictException, (e) => {
      assert.match(e.message, new RegExp(`^Import task ${taskIdentifier} cannot be cancelled: its status is ${status};`));
      assert.equal(e.reason, undefined);
    });
  }

  // The graph is free again.
  const again = await client.send(new StartImportTaskCommand({
    graphIdentifier: created.graphId, source: 's3://neptune-import-bucket/again/', roleArn,
  }));
  assert.equal(again.status, 'INITIALIZING');
});

test('StartExportTask, then waitUntilExportTaskSuccessful; CancelExportTask, then waitUntilExportTaskCancelled', async () => {
  const graph = await createGraph('export-me', 's3://neptune-import-bucket/exportable/');
  const destination = 's3://neptune-export-bucket/export-me/';
  const exportFilter = { vertexFilter: { person: { properties: { name: { outputType: 'String' } } } } };
  const started = await client.send(new StartExportTaskCommand({
    graphIdentifier: graph.graphId, roleArn, format: 'PARQUET', parquetType: 'COLUMNAR', destination,
    kmsKeyIdentifier, exportFilter,
  }));
  assert.equal(started.$metadata.httpStatusCode, 201);
  assert.match(started.taskId, /^t-[a-z0-9]{10}$/);
  assert.deepEqual(withoutMetadata(started), {
    graphId: graph.graphId, roleArn, taskId: started.taskId, status: 'INITIALIZING', format: 'PARQUET',
    destination, kmsKeyIdentifier, parquetType: 'COLUMNAR', exportFilter,
  });

  const result = await waitUntilExportTaskSuccessful(quickly, { taskIdentifier: started.taskId });
  assert.equal(result.state, 'SUCCESS');
  const d = result.reason.exportTaskDetails;
  assert.equal(d.progressPercentage, 100);
  assert.equal(d.timeElapsedSeconds, exportSeconds(destination), 'the documented duration');
  assert.ok(d.numVerticesWritten >= 10000 && d.numEdgesWritten > d.numVerticesWritten, JSON.stringify(d));

  const second = await client.send(new StartExportTaskCommand({
    graphIdentifier: graph.graphId, roleArn, format: 'CSV', destination: 's3://neptune-export-bucket/second/',
    kmsKeyIdentifier,
  }));
  const cancelling = await client.send(new CancelExportTaskCommand({ taskIdentifier: second.taskId }));
  assert.equal(cancelling.status, 'CANCELLING');
  const cancelled = await waitUntilExportTaskCancelled(quickly, { taskIdentifier: second.taskId });
  assert.equal(cancelled.reason.status, 'CANCELLED');
  await rejectsWith(client.send(new CancelExportTaskCommand({ taskIdentifier: started.taskId })), ConflictException,
    (e) => assert.match(e.message, /its status is SUCCEEDED; only INITIALIZING and EXPORTING tasks can be cancelled$/));
});

test('a source with "missing" in its path fails, and waitUntilImportTaskSuccessful fails with it', async () => {
  const out = await createGraph('missing-source', 's3://neptune-import-bucket/missing/');
  await assert.rejects(waitUntilImportTaskSuccessful(quickly, { taskIdentifier: out.taskId }), (e) => {
    const result = JSON.parse(e.message);
    assert.equal(result.state, 'FAILURE');
    assert.equal(result.reason.status, 'FAILED');
    assert.match(result.reason.statusReason, /s3:\/\/neptune-import-bucket\/missing\/ does not exist/);
    return true;
  });
});

test('a source with "bad-records" fails only with failOnError; without it, it succeeds with errors counted', async () => {
  const source = 's3://neptune-import-bucket/bad-records/';
  const [strict, lenient] = await Promise.all([
    createGraph('bad-strict', source, { failOnError: true }),
    createGraph('bad-lenient', source, { failOnError: false }),
  ]);
  await assert.rejects(waitUntilImportTaskSuccessful(quickly, { taskIdentifier: strict.taskId }), (e) => {
    const result = JSON.parse(e.message);
    assert.equal(result.reason.status, 'FAILED');
    assert.match(result.reason.statusReason, /records could not be parsed and failOnError is true/);
    assert.ok(result.reason.importTaskDetails.errorCount > 0);
    return true;
  });
  const ok = await waitUntilImportTaskSuccessful(quickly, { taskIdentifier: lenient.taskId });
  assert.equal(ok.reason.status, 'SUCCEEDED');
  assert.ok(ok.reason.importTaskDetails.errorCount > 0);
  assert.match(ok.reason.importTaskDetails.errorDetails, /records could not be parsed and were skipped/);
});

test('an export destination with "missing" in its path fails, and waitUntilExportTaskSuccessful fails with it', async () => {
  const graph = await createGraph('export-missing', 's3://neptune-import-bucket/x/');
  const out = await client.send(new StartExportTaskCommand({
    graphIdentifier: graph.graphId, roleArn, format: 'CSV', destination: 's3://missing-bucket/out/', kmsKeyIdentifier,
  }));
  await assert.rejects(waitUntilExportTaskSuccessful(quickly, { taskIdentifier: out.taskId }), (e) => {
    const result = JSON.parse(e.message);
    assert.equal(result.reason.status, 'FAILED');
    assert.match(result.reason.statusReason, /s3:\/\/missing-bucket\/out\/ does not exist/);
    return true;
  });
});

test('paginateListImportTasks and paginateListExportTasks go over many created tasks once each, in order', async () => {
  const created = [];
  for (let i = 0; i < 20; i += 1) created.push(await createGraph(`many-${i}`, `s3://neptune-import-bucket/many/${i}/`));
  const [exporting, other] = created;
  const exports = [];
  for (let i = 0; i < 23; i += 1) {
    const graph = i % 3 === 2 ? other : exporting;
    const out = await client.send(new StartExportTaskCommand({
      graphIdentifier: graph.graphId, roleArn, format: 'CSV', destination: `s3://out/many/${i}/`, kmsKeyIdentifier,
    }));
    exports.push(out);
  }

  const imports = [];
  for await (const page of paginateListImportTasks({ client, pageSize: 7 }, {})) imports.push(...page.tasks);
  const importIds = imports.map((t) => t.taskId);
  assert.equal(new Set(importIds).size, importIds.length, 'no task twice');
  assert.deepEqual(importIds, [...importIds].sort(), 'in task id order');
  for (const c of created) assert.ok(importIds.includes(c.taskId), c.taskId);

  const listExports = async (graphIdentifier, pageSize) => {
    const tasks = [];
    let pages = 0;
    for await (const page of paginateListExportTasks({ client, pageSize }, { graphIdentifier })) {
      tasks.push(...page.tasks);
      pages += 1;
    }
    return { ids: tasks.map((t) => t.taskId), tasks, pages };
  };
  const mine = exports.filter((e) => e.graphId === exporting.graphId).map((e) => e.taskId).sort();
  const byGraph = await listExports(exporting.graphId, 4);
  assert.deepEqual(byGraph.ids, mine, "only that graph's tasks, each once, in order");
  assert.equal(byGraph.pages, Math.ceil(mine.length / 4));
  assert.ok(byGraph.tasks.every((t) => t.graphId === exporting.graphId));

  const all = await listExports(undefined, 5);
  assert.equal(new Set(all.ids).size, all.ids.length);
  assert.deepEqual(all.ids, [...all.ids].sort());
  for (const e of exports) assert.ok(all.ids.includes(e.taskId));

  const firstPage = await client.send(new ListExportTasksCommand({ maxResults: 3 }));
  assert.equal(firstPage.tasks.length, 3);
  await rejectsWith(client.send(new ListExportTasksCommand({ nextToken: 'forged' })), ValidationException, (e) => {
    assert.equal(e.reason, 'BAD_REQUEST');
    assert.equal(e.message, 'Invalid nextToken: pass a nextToken that ListExportTasks returned, unchanged');
  });
});

test('ResourceNotFoundException for an unknown graph or export task', async () => {
  const graphIdentifier = 'g-0000000000';
  const cases = [
    new StartImportTaskCommand({ graphIdentifier, source: 's3://b/', roleArn }),
    new StartExportTaskCommand({ graphIdentifier, roleArn, format: 'CSV', destination: 's3://o/', kmsKeyIdentifier }),
    new ListExportTasksCommand({ graphIdentifier }),
  ];
  for (const command of cases) {
    await rejectsWith(client.send(command), ResourceNotFoundException, (e) => {
      assert.equal(e.message, 'Graph g-0000000000 not found');
      assert.equal(e.$metadata.httpStatusCode, 404);
    });
  }
  for (const Command of [GetExportTaskCommand, CancelExportTaskCommand]) {
    await rejectsWith(client.send(new Command({ taskIdentifier: 't-0000000000' })), ResourceNotFoundException,
      (e) => assert.equal(e.message, 'Export task t-0000000000 not found'));
  }
});

test('ValidationException, with its reason and message, for a bad body', async () => {
  await rejectsWith(
    client.send(new CreateGraphUsingImportTaskCommand({ graphName: 'ok', source: 's3://b/', roleArn, replicaCount: 5 })),
    ValidationException,
    (e) => {
      assert.equal(e.reason, 'CONSTRAINT_VIOLATION');
      assert.equal(e.message, "1 validation error detected: Value '5' at 'replicaCount' failed to satisfy constraint: " +
        'Member must have value less than or equal to 2');
      assert.equal(e.$metadata.httpStatusCode, 400);
    },
  );
  await rejectsWith(
    client.send(new StartExportTaskCommand({
      graphIdentifier: 'g-0000000000', roleArn, format: 'CSV', destination: 's3://o/', kmsKeyIdentifier: 'not-a-key',
    })),
    ValidationException,
    (e) => {
      assert.equal(e.reason, 'CONSTRAINT_VIOLATION');
      assert.match(e.message, /^1 validation error detected: Value 'not-a-key' at 'kmsKeyIdentifier' failed to satisfy constraint/);
    },
  );
});

test('ServiceQuotaExceededException once --max-graphs graphs exist', async () => {
  while (graphsCreated < maxGraphs) await createGraph(`quota-${graphsCreated}`, 's3://neptune-import-bucket/quota/');
  await rejectsWith(
    client.send(new CreateGraphUsingImportTaskCommand({ graphName: 'one-too-many', source: 's3://b/', roleArn })),
    ServiceQuotaExceededException,
    (e) => {
      assert.equal(e.$metadata.httpStatusCode, 402);
      assert.equal(e.message, `Cannot create graph one-too-many: the quota of ${maxGraphs} graphs is reached`);
      assert.equal(e.resourceType, 'graph');
      assert.equal(e.quotaCode, 'max-graphs');
      assert.equal(e.serviceCode, 'neptune-graph');
    },
  );
});

test('every connection went to the example server, and none elsewhere', () => {
  assert.ok(connections.length > 0);
  assert.deepEqual([...new Set(connections)], [server.host]);
});
