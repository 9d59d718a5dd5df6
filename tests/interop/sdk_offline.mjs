// The AWS SDK for JavaScript v3 client with no network at all: shared by
// sdk_requests.mjs and sdk_responses.mjs (the test sdk_serialization).
//
// The client's requestHandler is an object of ours: it receives the HttpRequest
// the SDK built and signed, and hands back a canned HttpResponse, so the SDK
// never opens a socket. As a second guard, every net.Socket#connect of this
// process throws: any connection attempt fails the test.
import { guardLoopback } from './loopback_guard.mjs';

import { NeptuneGraphClient } from '@aws-sdk/client-neptune-graph';
import { HttpResponse, buildQueryString } from '@smithy/core/protocols';

export const refusedConnections = guardLoopback(null, 'sdk_serialization');

// The request as the SDK's node handler would put it on the wire: the target is
// the path plus the query string built by the same function the handler uses
// (@smithy/node-http-handler calls buildQueryString on request.query).
export function wireRequest(request) {
  const query = request.query ?? {};
  const queryString = buildQueryString(query);
  let body = null;
  if (request.body != null) {
    body = typeof request.body === 'string' ? request.body : new TextDecoder('utf-8', { fatal: true }).decode(request.body);
  }
  return {
    method: request.method,
    path: request.path,
    query,
    target: queryString ? `${request.path}?${queryString}` : request.path,
    headers: { ...request.headers },
    body,
  };
}

/** A client whose every call is answered by `respond(request)` (an object
    {status, headers, body}); `onRequest(request)` sees each request first. */
export function offlineClient(respond, onRequest = () => {}) {
  return new NeptuneGraphClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:1', // never connected to: the handler answers
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1, // one call, one request: errors are not retried
    requestHandler: {
      async handle(request) {
        onRequest(request);
        const r = respond(request);
        return {
          response: new HttpResponse({
            statusCode: r.status,
            headers: Object.fromEntries(r.headers.map(([k, v]) => [k.toLowerCase(), v])),
            body: Buffer.from(r.body ?? '', 'utf8'),
          }),
        };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs() { return {}; },
    },
  });
}
