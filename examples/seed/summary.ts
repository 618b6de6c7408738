import { ServicePlan } from '../../src';

/** A short table of what one synthesized stack holds (its services, datacenter by datacenter), for people. */
export function summarize(stackName: string, file: string, plans: ServicePlan[], document: any): string {
  const counts = Object.entries(document.resource ?? {})
    .map(([type, resources]) => `${Object.keys(resources as object).length} ${type}`)
    .sort();
  const rows = plans.flatMap((plan) => plan.datacenters.map((dc) => [plan.service, plan.zone, dc.datacenter, dc.vms.map((vm) => vm.name).join(', '), dc.templateName]));
  const header = ['service', 'zone', 'dc', 'vms', 'template'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [
    `stack ${stackName} -> ${file}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    `resources: ${counts.join(', ')}; outputs: ${Object.keys(document.output ?? {}).sort().join(', ')}`,
    '',
  ].join('\n');
}
