/**
 * The stand-in under hostile or careless clients: every call is answered with an XML-RPC
 * response or fault (never HTTP 500, never a success for a method it does not have), request
 * bodies and XML nesting are bounded, and large templates are handled in linear time.
 */
import * as http from 'http';
import { Oned } from '../../standin/oned';
import { MAX_REQUEST_BYTES, StandIn, startStandIn } from '../../standin/server';
import { Template } from '../../standin/template';
import { MAX_XML_DEPTH, XmlSyntaxError, parseXml } from '../../standin/xml';
import { RpcValue, decodeMethodCall, decodeMethodResponse, encodeMethodCall } from '../../standin/xmlrpc';

interface Reply {
  readonly status: number;
  readonly body: string;
}

function post(url: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'Content-Type': 'text/xml', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The fault of an answer, or undefined when it is a method response. */
function faultOf(reply: Reply): string | undefined {
  try {
    decodeMethodResponse(reply.body);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

const SESSION = 'oneadmin:secret';

/** A call of one.system.version whose parameter is `depth` arrays nested in each other. */
function nestedCall(depth: number): string {
  const nested = '<value><array><data>'.repeat(depth) + '</data></array></value>'.repeat(depth);
  return `<methodCall><methodName>one.system.version</methodName><params><param>${nested}</param></params></methodCall>`;
}

describe('stand-in hardening', () => {
  let standIn: StandIn;
  beforeEach(async () => {
    standIn = await startStandIn({ port: 0, maxRequestBytes: 64 * 1024, maxXmlDepth: 32 });
  });
  afterEach(async () => {
    await standIn.close();
  });

  test.each([
    'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf', 'one.vm.migrate', '',
  ])('method %j is answered HTTP 200 with fault -506 and recorded as unknown', async (method) => {
    const reply = await post(standIn.url, encodeMethodCall(method, [SESSION, 0]));
    expect(reply.status).toBe(200);
    expect(faultOf(reply)).toBe(`XML-RPC fault -506: Method '${method}' not defined`);
    expect(standIn.state().unknownMethods).toEqual([method]);
    expect(standIn.state().calls).toEqual([expect.objectContaining({ method, ok: false })]);
  });

  test('the method table answers only its own methods, called directly too', () => {
    const oned = new Oned();
    expect(() => oned.call('constructor', [SESSION])).toThrow("Method 'constructor' not defined");
    expect(oned.call('one.system.version', [SESSION])).toEqual([true, '6.10.5', 0]);
  });

  test('a struct member called __proto__ is data, not the prototype of the decoded struct', () => {
    const call = decodeMethodCall('<methodCall><methodName>m</methodName><params><param><value><struct>'
      + '<member><name>__proto__</name><value><string>x</string></value></member>'
      + '</struct></value></param></params></methodCall>');
    const struct = call.params[0] as { [key: string]: RpcValue };
    expect(Object.getPrototypeOf(struct)).toBe(Object.prototype);
    expect(Object.keys(struct)).toEqual(['__proto__']);
  });

  test('a request larger than maxRequestBytes (declared) is answered 413 before its body is read', async () => {
    const big = encodeMethodCall('one.template.allocate', [SESSION, `NAME="big"\nA="${'x'.repeat(70 * 1024)}"`]);
    const reply = await post(standIn.url, big);
    expect(reply.status).toBe(413);
    expect(reply.body).toContain(`requests are limited to ${64 * 1024} bytes`);
    expect(standIn.state().templates).toEqual([]);
  });

  test('a chunked request growing past maxRequestBytes is answered 413 too, and nothing is allocated', async () => {
    const big = encodeMethodCall('one.template.allocate', [SESSION, `NAME="big"\nA="${'x'.repeat(70 * 1024)}"`]);
    const reply = await post(standIn.url, big, { 'Transfer-Encoding': 'chunked' });
    expect(reply.status).toBe(413);
    expect(standIn.state().templates).toEqual([]);
    expect(standIn.state().calls).toEqual([]);
  });

  test('a request just under the limit is served', async () => {
    const body = encodeMethodCall('one.template.allocate', [SESSION, `NAME="fits"\nA="${'x'.repeat(60 * 1024)}"`]);
    const reply = await post(standIn.url, body);
    expect(reply.status).toBe(200);
    expect(decodeMethodResponse(reply.body)).toEqual([true, 0, 0]);
  });

  test('the default request limit is 16 MiB', () => {
    expect(MAX_REQUEST_BYTES).toBe(16 * 1024 * 1024);
  });

  test('XML nested deeper than maxXmlDepth is a parse fault (-503), not a stack overflow', async () => {
    const reply = await post(standIn.url, nestedCall(1000));
    expect(reply.status).toBe(200);
    expect(faultOf(reply)).toMatch(/^XML-RPC fault -503: Could not parse the XML-RPC call: XML: elements nested deeper than 32/);
  });

  test('with the default limits, 100,000 nested arrays (4 MB) are a parse fault too', async () => {
    const defaults = await startStandIn({ port: 0 });
    try {
      const reply = await post(defaults.url, nestedCall(100_000));
      expect(reply.status).toBe(200);
      expect(faultOf(reply)).toMatch(new RegExp(`^XML-RPC fault -503: .*elements nested deeper than ${MAX_XML_DEPTH}`));
    } finally {
      await defaults.close();
    }
  });

  test('parseXml accepts nesting up to its limit and refuses one level more', () => {
    const doc = (levels: number) => '<a>'.repeat(levels) + '</a>'.repeat(levels);
    expect(() => parseXml(doc(MAX_XML_DEPTH))).not.toThrow();
    expect(() => parseXml(doc(MAX_XML_DEPTH + 1))).toThrow(XmlSyntaxError);
  });

  test.each(['&#x110000;', '&#99999999999;', '&constructor;'])('the entity %s is refused or kept as text, never a crash', async (entity) => {
    const reply = await post(standIn.url, `<methodCall><methodName>one.system.version</methodName><params><param><value>${entity}</value></param></params></methodCall>`);
    expect(reply.status).toBe(200);
    const fault = faultOf(reply);
    if (fault !== undefined) expect(fault).toMatch(/fault -503/);
    else expect(decodeMethodResponse(reply.body)).toEqual([false, expect.stringContaining('authenticated'), 0x100, -1, 0]);
  });
});

describe('stand-in templates are handled in linear time', () => {
  /** Counts the attribute comparisons `merge` makes, through the names it reads. */
  function namesRead(size: number): number {
    const base = Template.parse(Array.from({ length: size }, (_, i) => `A${i}="v"`).join('\n'));
    const other = Template.parse(Array.from({ length: size }, (_, i) => `A${i}="w"`).join('\n'));
    let reads = 0;
    for (const a of base.attributes) {
      const name = a.name;
      Object.defineProperty(a, 'name', { get: () => { reads++; return name; } });
    }
    base.merge(other);
    expect(base.attributes.map((a) => a.name)).toEqual(Array.from({ length: size }, (_, i) => `A${i}`));
    return reads;
  }

  test('merging a template of n attributes into one of n attributes reads each name a bounded number of times', () => {
    // Quadratic before: each name of the other template scanned the whole template (n * n reads).
    expect(namesRead(2000)).toBeLessThanOrEqual(2 * 2000);
    expect(namesRead(4000)).toBeLessThanOrEqual(2 * 4000);
  });

  test('a 50,000-line template is allocated, merged, instantiated and read back whole', async () => {
    const standIn = await startStandIn({ port: 0, transientPolls: 0 });
    try {
      const lines = Array.from({ length: 50_000 }, (_, i) => `A${i}="v${i}"`).join('\n');
      const call = async (method: string, ...params: RpcValue[]) => decodeMethodResponse(
        (await post(standIn.url, encodeMethodCall(method, [SESSION, ...params]))).body) as RpcValue[];
      expect(await call('one.template.allocate', `NAME="big"\nCPU=1\nMEMORY=128\n${lines}`)).toEqual([true, 0, 0]);
      expect(await call('one.template.update', 0, lines.replace(/"v/g, '"w'), 1)).toEqual([true, 0, 0]);
      expect(await call('one.template.instantiate', 0, 'vm', false, lines, false)).toEqual([true, 0, 0]);
      const info = await call('one.template.info', 0, false);
      expect(String(info[1])).toContain('<A49999><![CDATA[w49999]]></A49999>');
    } finally {
      await standIn.close();
    }
  });
});
