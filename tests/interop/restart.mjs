// One phase of run_restart.sh: the real AWS SDK for JavaScript v3 client
// against the example server started with --state, which run_restart.sh kills
// with SIGKILL between the phases and starts again on the same file.
//
//   node restart.mjs create|export|finish NOTES.json
//
// create: a graph with its import; export: the import is where it was (the
//         downtime did not count), an export is started and a second import
//         cancelled; finish: every task is there and ends as it should, seen
//         through the SDK's paginators and waiters.
// What one phase learns (ids, progress seen) it leaves in NOTES.json for the next.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { guardLoopback } from './loopback_guard.mjs';

import {
  CancelImportTaskCommand,
  CreateGraphUsingImportTaskCommand,
  GetExportTaskCommand,
  GetImportTaskCommand,
  NeptuneGraphClient,
  StartExportTaskCommand,
  paginateListExportTasks,
  paginateListImportTasks,
  waitUntilExportTaskSuccessful,
  waitUntilImportTaskCancelled,
  waitUntilImportTaskSuccessful,
} from '@aws-sdk/client-neptune-graph';

const [phase, notesFile] = process.argv.slice(2);
const endpoint = process.env.NEPTUNE_GRAPH_ENDPOINT;
assert.ok(endpoint, 'NEPTUNE_GRAPH_ENDPOINT must be set (run_restart.sh sets it)');
const server = new URL(endpoint);
assert.equal(server.hostname, '127.0.0.1', 'the example server listens on 127.0.0.1 only');

// Only the example server may be connected to (loopback_guard.mjs).
guardLoopback(server.host, 'restart test');

const client = new NeptuneGraphClient({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  maxAttempts: 1,
});
const roleArn = 'arn:aws:iam::123456789012:role/NeptuneGraphImport';
const kmsKeyIdentifier = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const quickly = { client, minDelay: 0.2, maxDelay: 0.5, maxWaitTime: 20 };

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
const timeScale = Number(process.env.NEPTUNE_GRAPH_TIME_SCALE);
const downtime = Number(process.env.NEPTUNE_GRAPH_DOWNTIME);
assert.ok(timeScale > 0 && downtime > 0, 'NEPTUNE_GRAPH_TIME_SCALE and NEPTUNE_GRAPH_DOWNTIME must be set');

const notes = fs.existsSync(notesFile) ? JSON.parse(fs.readFileSync(notesFile, 'utf8')) : {};
const save = () => fs.writeFileSync(notesFile, JSON.stringify(notes, null, 2));
const getImport = (taskIdentifier) => client.send(new GetImportTaskCommand({ taskIdentifier }));

// The import as the restarted server shows it: where it was, not moved on by the downtime.
async function checkResumed() {
  const t = await getImport(notes.importTaskId);
  assert.equal(t.graphId, notes.graphId);
  assert.equal(t.source, notes.source);
  assert.equal(t.importTaskDetails.startTime.getTime(), notes.startTime, 'the start time is kept');
  const progress = t.importTaskDetails.progressPercentage;
  assert.ok(progress >= notes.progress, `progress went back across the restart: ${notes.progress} -> ${progress}`);
  // Had the downtime between the servers counted, the import would be this much further on at least.
  const downtimePercent = Math.floor((downtime * timeScale * 100) / importSeconds(notes.source));
  assert.ok(progress - notes.progress < downtimePercent,
    `the downtime counted: ${notes.progress} -> ${progress} %, the downtime is ${downtimePercent} % of the import`);
  assert.notEqual(t.status, 'SUCCEEDED');
  console.log(`restart: ${phase}: import ${notes.importTaskId} at ${notes.progress} % before the restart, ${progress} % after`);
  notes.progress = progress;
}

try {
  if (phase === 'create') {
    notes.source = 's3://neptune-import-bucket/restart/';
    const out = await client.send(new CreateGraphUsingImportTaskCommand({
      graphName: 'restart', source: notes.source, roleArn, tags: { test: 'restart' },
    }));
    notes.graphId = out.graphId;
    notes.importTaskId = out.taskId;
    const t = await getImport(out.taskId);
    notes.progress = t.importTaskDetails.progressPercentage;
    notes.startTime = t.importTaskDetails.startTime.getTime();
  } else if (phase === 'export') {
    await checkResumed();
    notes.destination = 's3://neptune-export-bucket/restart/';
    const ex = await client.send(new StartExportTaskCommand({
      graphIdentifier: notes.graphId, roleArn, format: 'CSV', destination: notes.destination, kmsKeyIdentifier,
    }));
    notes.exportTaskId = ex.taskId;
    const other = await client.send(new CreateGraphUsingImportTaskCommand({
      graphName: 'cancelled', source: 's3://neptune-import-bucket/cancelled/', roleArn,
    }));
    notes.cancelledTaskId = other.taskId;
    const c = await client.send(new CancelImportTaskCommand({ taskIdentifier: other.taskId }));
    assert.equal(c.status, 'CANCELLING');
  } else if (phase === 'finish') {
    await checkResumed();
    const ex = await client.send(new GetExportTaskCommand({ taskIdentifier: notes.exportTaskId }));
    assert.equal(ex.graphId, notes.graphId);
    assert.equal(ex.destination, notes.destination);
    assert.ok(['INITIALIZING', 'EXPORTING'].includes(ex.status), `export ${ex.status}`);

    // Every answered change is there, and the listings show them.
    const imports = [];
    for await (const page of paginateListImportTasks({ client, pageSize: 5 }, {})) imports.push(...page.tasks);
    const importIds = imports.map((t) => t.taskId);
    for (const id of [notes.importTaskId, notes.cancelledTaskId]) assert.ok(importIds.includes(id), `${id} listed`);
    const exports = [];
    for await (const page of paginateListExportTasks({ client, pageSize: 5 }, { graphIdentifier: notes.graphId })) {
      exports.push(...page.tasks);
    }
    assert.deepEqual(exports.map((t) => t.taskId), [notes.exportTaskId]);

    const results = await Promise.all([
      waitUntilImportTaskSuccessful(quickly, { taskIdentifier: notes.importTaskId }),
      waitUntilExportTaskSuccessful(quickly, { taskIdentifier: notes.exportTaskId }),
      waitUntilImportTaskCancelled(quickly, { taskIdentifier: notes.cancelledTaskId }),
    ]);
    for (const r of results) assert.equal(r.state, 'SUCCESS');
    const done = await getImport(notes.importTaskId);
    assert.equal(done.importTaskDetails.progressPercentage, 100);
    assert.equal(done.importTaskDetails.startTime.getTime(), notes.startTime);
  } else {
    throw new Error(`unknown phase '${phase}': create, export or finish`);
  }
  save();
  console.log(`restart: ${phase}: passed`);
} finally {
  client.destroy();
}
