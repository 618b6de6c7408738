import * as fs from 'fs';
import * as path from 'path';
import { Aspects, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { JsonSchema, checkNode } from './check';
import * as platformSchemaJson from './platform.schema.json';
import { CatalogPolicy, CatalogSuppression, applySuppressions, checkPolicyReferences, policyChecks } from './policy';
import * as serviceSchemaJson from './service.schema.json';
import { CatalogFile, CatalogProblem, MAX_FILE_BYTES, YamlPath, bytePosition, fieldOf, firstInvalidUtf8 } from './source';
import { CatalogState, catalogStackId, declareState, explainConnectionKeys, hideConnectionStrings } from './state';
import { DeclarationError, ValidationProblem } from '../core/validation';
import { HaPolicyChecks } from '../policy/checks';
import { HaproxyBalance, HaproxyMode } from '../registration/haproxy';
import { HaService, HaServiceProps } from '../service/ha-service';
import { Datacenter, DatacenterProps } from '../topology/datacenter';
import { OpenNebulaZone, OpenNebulaZoneProps } from '../topology/zone';

const PLATFORM_SCHEMA = platformSchemaJson as unknown as JsonSchema;
const SERVICE_SCHEMA = serviceSchemaJson as unknown as JsonSchema;
/** The platform file of a catalog directory; every other `.yaml` / `.yml` file declares services. */
const PLATFORM_FILES = ['platform.yaml', 'platform.yml'];

/** Thrown when a catalog is invalid: every problem of every file at once, each at file:line:column. */
export class CatalogError extends DeclarationError {
  public readonly catalogProblems: CatalogProblem[];

  constructor(catalogProblems: CatalogProblem[]) {
    const problems = catalogProblems.map(hideConnectionStrings);
    super(problems.map((p): ValidationProblem => ({ path: `${p.file}:${p.line}:${p.column}`, field: p.field, value: p.value, allowed: p.allowed })));
    this.name = 'CatalogError';
    this.catalogProblems = problems;
    this.message = this.message.replace(/^(\d+) invalid settings?:/, (_m, n) => `${n} problem${n === '1' ? '' : 's'} in the catalog:`);
  }
}

interface PlatformZone {
  readonly endpoint?: string;
  readonly flowEndpoint?: string;
  readonly shortName?: string;
  readonly production?: boolean;
  readonly insecure?: boolean;
  readonly defaultTags?: { [key: string]: string };
  readonly datacenters: { [name: string]: Omit<DatacenterProps, 'zone' | 'name'> };
}

interface ServiceEntry {
  readonly service: string;
  readonly zones: string[];
  readonly datacenters: string[];
  readonly puppet?: { readonly challengePasswordVariable?: string; readonly [key: string]: unknown };
  readonly haproxy?: { readonly mode?: string; readonly balance?: string; readonly [key: string]: unknown };
  readonly suppressions?: CatalogSuppression[];
  readonly [key: string]: unknown;
}

/** A service entry and where it was read. */
interface Declared {
  readonly file: CatalogFile;
  readonly at: YamlPath;
  readonly entry: ServiceEntry;
}

/**
 * A service catalog: a directory of YAML files turned into stacks, one stack per zone, or with
 * `state: { backend: pg }` in the platform file one stack per zone and service, each with its state
 * in PostgreSQL (docs/state.md). `platform.yaml` declares the zones and their datacenters once; every other `.yaml` file
 * declares one service (a mapping) or several (a list) that refer to them by name. The files
 * follow the JSON Schemas `lib/catalog/platform.schema.json` and `lib/catalog/service.schema.json`
 * (docs/catalog.md). Every problem is reported at once, each at its file, line and column.
 */
export class Catalog {
  /**
   * Reads every `.yaml` / `.yml` file of `directory` and declares its zones, datacenters and
   * services under `scope` (an App): one TerraformStack per zone that has services, named after
   * the zone; with `state: { backend: pg }`, one per zone and service, named `<zone>__<service>`,
   * its state in the schema `cdktf_opennebula_<zone>__<service>`. Throws one error listing every problem, each at file:line:column.
   */
  public static fromDirectory(scope: Construct, directory: string): Catalog {
    return new Catalog(scope, directory);
  }

  /** The stacks made, one per zone with services (with `state`: per zone and service), in the platform file's order. */
  public readonly stacks: TerraformStack[] = [];
  /** The services made, zone by zone. */
  public readonly services: HaService[] = [];
  /** The files read, platform file first. */
  public readonly files: string[];
  /**
   * The policy checks the platform file's `policy:` section declares, added to `scope` (every
   * stack the catalog makes, and any other stack under `scope`).
   * @default - no `policy:` section: no checks
   */
  public readonly policy?: HaPolicyChecks;

  private constructor(scope: Construct, directory: string) {
    const problems: CatalogProblem[] = [];
    const names = readDirectory(directory, problems);
    const platformName = names.find((n) => PLATFORM_FILES.includes(n));
    if (!platformName && problems.length === 0) {
      problems.push({ file: directory, line: 1, column: 1, field: '(directory)', value: names.join(', ') || '(no YAML file)', allowed: 'a platform.yaml declaring the zones and their datacenters' });
    }
    const files = [...(platformName ? [platformName] : []), ...names.filter((n) => !PLATFORM_FILES.includes(n))]
      .map((name) => readFile(path.join(directory, name), problems))
      .filter((f): f is CatalogFile => f !== undefined);
    this.files = files.map((f) => f.file);
    const platform = platformName ? files.find((f) => f.file === path.join(directory, platformName)) : undefined;
    const serviceFiles = files.filter((f) => f !== platform);
    for (const file of files) {
      // YAML that does not parse, or uses anchors, aliases or tags, is fixed first: its shape would only add noise.
      if (file.problems.length > 0) continue;
      const schema = file === platform ? PLATFORM_SCHEMA : SERVICE_SCHEMA;
      if (file.contents !== undefined) checkNode(file, schema, schema, file.contents, []);
      else if (file.problems.length === 0) file.add([], 0, '(document)', '(empty)', file === platform ? 'a mapping with zones' : 'a service mapping or a list of them');
    }
    if (platform) explainConnectionKeys(platform);
    problems.push(...files.flatMap((f) => f.problems));
    if (problems.length > 0 || !platform) throw new CatalogError(problems);

    const { zones, state, policy } = platform.document!.toJS() as {
      zones: { [name: string]: PlatformZone }; state?: CatalogState; policy?: CatalogPolicy;
    };
    const declared: Declared[] = serviceFiles.flatMap((file) => {
      const js = file.document!.toJS();
      return Array.isArray(js) ? js.map((entry, i) => ({ file, at: [i], entry })) : [{ file, at: [], entry: js }];
    });
    crossCheck(platform, zones, declared);
    checkPolicyReferences(platform, zones, policy, declared);
    const checks = policy !== undefined ? policyChecks(platform, policy) : undefined;
    problems.push(...files.flatMap((f) => f.problems));
    if (problems.length > 0) throw new CatalogError(problems);

    for (const [zoneName, zone] of Object.entries(zones)) {
      const here = declared.filter((d) => d.entry.zones.includes(zoneName));
      if (here.length === 0) continue;
      if (state === undefined) this.declareZone(scope, platform, zoneName, zone, here);
      else for (const one of here) this.declareZone(scope, platform, zoneName, zone, [one], state);
    }
    problems.push(...files.flatMap((f) => f.problems));
    if (problems.length > 0) throw new CatalogError(problems);
    if (checks) {
      Aspects.of(scope).add(checks);
      this.policy = checks;
    }
  }

  /** One stack: the zone's services, or with `state` one service in a stack of its own with the pg backend. */
  private declareZone(scope: Construct, platform: CatalogFile, zoneName: string, zone: PlatformZone, services: Declared[],
    state?: CatalogState): void {
    const own = state !== undefined ? services[0] : undefined;
    const stack = new TerraformStack(scope, own ? catalogStackId(zoneName, own.entry.service) : zoneName);
    this.stacks.push(stack);
    if (own) declareState(stack, state!, platform, zoneName, own.entry.service, own.file, own.at);
    const zoneAt: YamlPath = ['zones', zoneName];
    const made = platform.report(zoneAt, () => new OpenNebulaZone(stack, zoneName, zoneProps(zoneName, zone)), fieldPath);
    if (!made) return;
    const used = new Set(services.flatMap((s) => s.entry.datacenters));
    const datacenters = new Map<string, Datacenter>();
    for (const [name, props] of Object.entries(zone.datacenters)) {
      if (!used.has(name)) continue;
      const dc = platform.report([...zoneAt, 'datacenters', name], () => new Datacenter(stack, name, { ...props, zone: made }), fieldPath);
      if (dc) datacenters.set(name, dc);
    }
    const variables = new Map<string, TerraformVariable>();
    for (const { file, at, entry } of services) {
      const variableName = entry.puppet?.challengePasswordVariable;
      if (variableName !== undefined && !variables.has(variableName)) {
        variables.set(variableName, new TerraformVariable(stack, variableName, {
          type: 'string', sensitive: true, description: 'Puppet autosign challenge password',
        }));
      }
      const challenge = variableName ? variables.get(variableName)!.stringValue : undefined;
      const service = file.report(at, () => new HaService(stack, entry.service,
        serviceProps(entry, made, entry.datacenters.map((dc) => datacenters.get(dc)!), challenge)), fieldPath);
      if (service) {
        this.services.push(service);
        applySuppressions(file, at, service, entry.suppressions);
      }
    }
  }
}

function readDirectory(directory: string, problems: CatalogProblem[]): string[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    problems.push({ file: directory, line: 1, column: 1, field: '(directory)', value: (e as NodeJS.ErrnoException).code ?? 'unreadable', allowed: 'a readable directory of YAML files' });
    return [];
  }
}

function readFile(file: string, problems: CatalogProblem[]): CatalogFile | undefined {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({ file, line: 1, column: 1, field: '(file)', value: `${size} bytes`, allowed: `at most ${MAX_FILE_BYTES} bytes` });
      return undefined;
    }
    const bytes = fs.readFileSync(file);
    const invalid = firstInvalidUtf8(bytes);
    if (invalid !== undefined) {
      // Decoding would put U+FFFD in its place, silently: a value would differ from what the file shows.
      problems.push({ file, ...bytePosition(bytes, invalid), field: '(file)', value: `byte 0x${bytes[invalid].toString(16).padStart(2, '0')}`, allowed: 'UTF-8 text: save the file as UTF-8' });
      return undefined;
    }
    return new CatalogFile(file, bytes.toString('utf8'));
  } catch (e) {
    problems.push({ file, line: 1, column: 1, field: '(file)', value: (e as NodeJS.ErrnoException).code ?? 'unreadable', allowed: 'a readable UTF-8 file' });
    return undefined;
  }
}

/** References between files: zones and datacenters exist, one service per name and zone. */
function crossCheck(platform: CatalogFile, zones: { [name: string]: PlatformZone }, declared: Declared[]): void {
  const owners = new Map<string, Declared>();
  for (const d of declared) {
    const { file, at, entry } = d;
    entry.zones.forEach((zone, i) => {
      const zoneAt = [...at, 'zones', i];
      if (!Object.prototype.hasOwnProperty.call(zones, zone)) {
        file.addAt(zoneAt, file.nodeAt(zoneAt), JSON.stringify(zone), `a zone of ${platform.file} (${Object.keys(zones).join(', ')})`);
        return;
      }
      entry.datacenters.forEach((dc, j) => {
        if (!Object.prototype.hasOwnProperty.call(zones[zone].datacenters, dc)) {
          const dcAt = [...at, 'datacenters', j];
          file.addAt(dcAt, file.nodeAt(dcAt), JSON.stringify(dc),
            `a datacenter of zone ${zone} in ${platform.file} (${Object.keys(zones[zone].datacenters).join(', ') || 'none'})`);
        }
      });
      const key = `${zone}/${entry.service}`;
      const first = owners.get(key);
      if (first) {
        const serviceAt = [...at, 'service'];
        const where = first.file.file;
        file.addAt(serviceAt, file.nodeAt(serviceAt), JSON.stringify(entry.service), `a service name not already declared in zone ${zone} (${where}${fieldOf(first.at) === '(document)' ? '' : ` ${fieldOf(first.at)}`})`);
      } else {
        owners.set(key, d);
      }
    });
  }
}

/** A construct's field (`size.cpu`, `datacenters[1]`, `serviceName (from the construct id)`) as a YAML path. */
function fieldPath(field: string): YamlPath {
  const bare = field.replace(/ \(.*\)$/, '');
  const renamed: { [field: string]: string } = {
    'serviceName': 'service', 'zone': 'zones', 'puppet.challengePassword': 'puppet.challengePasswordVariable', 'name': '',
  };
  const mapped = Object.prototype.hasOwnProperty.call(renamed, bare) ? renamed[bare] : bare;
  return mapped.replace(/\[(\d+)\]/g, '.$1').split('.').filter((s) => s !== '').map((s) => /^\d+$/.test(s) ? Number(s) : s);
}

function zoneProps(name: string, zone: PlatformZone): OpenNebulaZoneProps {
  const { datacenters: _datacenters, ...rest } = zone;
  return { name, ...rest };
}

const MODES: { [mode: string]: HaproxyMode } = { http: HaproxyMode.HTTP, tcp: HaproxyMode.TCP };
const BALANCES: { [balance: string]: HaproxyBalance } = {
  roundrobin: HaproxyBalance.ROUND_ROBIN, leastconn: HaproxyBalance.LEAST_CONN, source: HaproxyBalance.SOURCE,
};

function serviceProps(entry: ServiceEntry, zone: OpenNebulaZone, datacenters: Datacenter[], challengePassword: string | undefined): HaServiceProps {
  const { service: _service, zones: _zones, datacenters: _datacenters, suppressions: _suppressions, puppet, haproxy, ...rest } = entry;
  const props: { [key: string]: unknown } = { zone, datacenters, ...rest };
  if (puppet) {
    const { challengePasswordVariable: _variable, ...puppetRest } = puppet;
    props.puppet = { ...puppetRest, ...(challengePassword !== undefined ? { challengePassword } : {}) };
  }
  if (haproxy) {
    props.haproxy = {
      ...haproxy,
      ...(haproxy.mode !== undefined ? { mode: MODES[haproxy.mode] } : {}),
      ...(haproxy.balance !== undefined ? { balance: BALANCES[haproxy.balance] } : {}),
    };
  }
  return props as unknown as HaServiceProps;
}
