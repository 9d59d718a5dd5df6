// Every TCP connection a Node process opens goes through net.Socket#connect:
// this records them and refuses any that is not to `allowedHost` (`host:port`;
// null refuses them all), so that nothing a test does can reach AWS or
// anything else. Returns the list of targets connected to.
import net from 'node:net';

export function guardLoopback(allowedHost, who) {
  const connections = [];
  const realConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
    const target = `${options.host ?? 'localhost'}:${options.port}`;
    connections.push(target);
    if (options.path != null || allowedHost == null || target !== allowedHost) {
      const only = allowedHost == null ? 'this test opens no socket' : `only ${allowedHost} is allowed`;
      throw new Error(`${who}: refused a connection to ${options.path ?? target}, ${only}`);
    }
    return realConnect.apply(this, args);
  };
  return connections;
}
