/** (a) The catalog declared with HaService, as a user of the library writes it. */
import { App, TerraformStack } from 'cdktf';
import { DATACENTERS, INSTANCES, REGISTRATION, REGISTRATION_PROPS, SIZE, STACK_ID, Variant, ZONE, registrationHelpers, serviceName } from './catalog';
import * as lib from '../src';
import * as registration from '../src/registration';

export const variant: Variant = {
  build(count, outdir) {
    if (REGISTRATION) registrationHelpers(registration); // aborts when this HaService has no registration props
    // Typed `any` so that this compiles whether or not HaServiceProps has `puppet` and `haproxy`.
    const extra: any = REGISTRATION ? REGISTRATION_PROPS : {};
    const app = new App({ outdir });
    const stack = new TerraformStack(app, STACK_ID);
    const zone = new lib.OpenNebulaZone(stack, ZONE.id, { name: ZONE.name, endpoint: ZONE.endpoint });
    const datacenters = DATACENTERS.map((dc) => new lib.Datacenter(stack, dc.name, {
      zone, clusterId: dc.clusterId, networkId: dc.networkId, imageId: dc.imageId,
    }));
    for (let i = 0; i < count; i++) {
      new lib.HaService(stack, serviceName(i), { zone, datacenters, instances: INSTANCES, size: SIZE, ...extra });
    }
    return () => {
      app.synth();
      return `${outdir}/stacks/${STACK_ID}/cdk.tf.json`;
    };
  },
};
