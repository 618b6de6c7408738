import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWithTools } from './tools';
import { declare, synthesize } from '../support/synth';

const REGISTERED = {
  puppet: { server: 'puppet.example.com', role: 'my_service' },
  haproxy: { port: 8080, healthCheck: { path: '/health' }, backupDatacenters: ['dc2'] },
};
const document = synthesize((stack) => declare(stack, { datacenters: [{ name: 'dc1' }, { name: 'dc2' }], service: REGISTERED }));
const vms = Object.values<any>(document.resource.opennebula_virtual_machine);
const templates = Object.values<any>(document.resource.opennebula_template);

describe('HaService with registration', () => {
  test('every template and VM carries the Puppet identity and the enrolment script', () => {
    for (const resource of [...templates, ...vms]) {
      expect(resource.context).toMatchObject({
        SERVICE_NAME: 'my_service',
        SERVICE_ZONE: 'production',
        PUPPET_SERVER: 'puppet.example.com',
        SERVICE_ROLE: 'my_service',
        SERVICE_ENVIRONMENT: 'production',
        START_SCRIPT_BASE64: expect.any(String),
      });
      expect(resource.context.SERVICE_DATACENTER).toBe(resource.tags.datacenter);
    }
  });

  test('the HAProxy facts mark the members of backup datacenters', () => {
    const backupByDc = Object.fromEntries(vms.map((vm) => [vm.tags.datacenter, vm.context.FACT_HASERVICE_HAPROXY_BACKUP]));
    expect(backupByDc).toEqual({ dc1: 'false', dc2: 'true' });
    expect(vms[0].context).toMatchObject({
      FACT_HASERVICE_HAPROXY_BACKEND: 'my_service', FACT_HASERVICE_HAPROXY_PORT: '8080', FACT_HASERVICE_HAPROXY_CHECK_PATH: '/health',
    });
  });

  test('outputs hold the members with their port, the rendered backend and the PuppetDB query', () => {
    expect(document.output.my_service_members.value.every((m: any) => m.port === 8080)).toBe(true);
    const backend: string = document.output.my_service_haproxy_backend.value;
    expect(backend).toMatch(/^backend my_service\n/);
    // Servers are named by certname (VM name and VM ID), as a load balancer rendering from PuppetDB names them.
    expect(backend).toMatch(/server my-service-dc2-1-\$\{opennebula_virtual_machine\.([^}]+)\.id\} \$\{opennebula_virtual_machine\.\1\.ip\}:8080 check backup/);
    expect(document.output.my_service_puppetdb_query.value).toContain('trusted.extensions.pp_service = "my_service"');
  });

  test('without registration props there is no enrolment, no backend output and no port', () => {
    const plain = synthesize((stack) => declare(stack, { datacenters: [{ name: 'dc1' }, { name: 'dc2' }] }));
    const vm = Object.values<any>(plain.resource.opennebula_virtual_machine)[0];
    expect(vm.context.START_SCRIPT_BASE64).toBeUndefined();
    expect(Object.keys(plain.output).sort()).toEqual(['my_service_members', 'my_service_template_ids']);
    expect(plain.output.my_service_members.value[0].port).toBeUndefined();
  });

  test('registration problems are reported with the service\'s other problems', () => {
    expect(() => synthesize((stack) => declare(stack, {
      datacenters: [{ name: 'dc1' }, { name: 'dc2' }],
      service: { instances: 0, puppet: { server: 'bad server' }, haproxy: { port: 0, backupDatacenters: ['dc3'] } },
    }))).toThrow(/4 invalid settings[\s\S]*instances = 0[\s\S]*puppet.server = "bad server"[\s\S]*haproxy.port = 0[\s\S]*haproxy.backupDatacenters\[0\] = "dc3"/);
  });

  test('context keys used by registration cannot be overridden', () => {
    expect(() => synthesize((stack) => declare(stack, {
      datacenters: [{ name: 'dc1' }, { name: 'dc2' }], service: { ...REGISTERED, context: { START_SCRIPT_BASE64: 'ZWNobyBoaQ==' } },
    }))).toThrow(/context.START_SCRIPT_BASE64/);
  });
});

describeWithTools(['haproxy'], 'real-tool tier: the backend output once applied', () => {
  test('with the VMs\' IPs in place of the references, haproxy -c accepts it', () => {
    let n = 10;
    const backend = (document.output.my_service_haproxy_backend.value as string)
      .replace(/\$\{[^}]+\.id\}/g, () => `${100 + n}`).replace(/\$\{[^}]+\.ip\}/g, () => `10.0.0.${n++}`);
    const config = ['defaults', '    mode http', '    timeout connect 5s', '    timeout client 30s', '    timeout server 30s',
      'frontend in', '    bind 127.0.0.1:18081', '    default_backend my_service', backend].join('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'haproxy-')), 'haproxy.cfg');
    fs.writeFileSync(file, config);
    const result = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(n).toBe(14);
  });
});
