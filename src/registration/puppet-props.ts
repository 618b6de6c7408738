/*
 * What a service declares for its Puppet enrolment: read by the enrolment (puppet.ts), its
 * settings (settings.ts) and the start script (start-script.ts), none of which import another
 * for it.
 */

/** How the VMs of a service enrol in Puppet at first boot. */
export interface PuppetProps {
  /** Puppet server the agents enrol with: a DNS name such as `puppet.example.com`. */
  readonly server: string;

  /**
   * Puppet role of the VMs (trusted fact `pp_role`), which classification keys on.
   * @default - the service name
   */
  readonly role?: string;

  /**
   * Puppet environment of the agents (agent setting `environment` and trusted fact `pp_environment`).
   * @default - the zone name
   */
  readonly environment?: string;

  /**
   * Port of the Puppet server.
   * @default 8140
   */
  readonly serverPort?: number;

  /**
   * Interval, in seconds, at which the first agent run asks for its signed certificate
   * (`puppet agent --waitforcert`). 0 asks once and does not wait.
   * @default 60
   */
  readonly waitForCertSeconds?: number;

  /**
   * How long, in seconds, the first agent run waits in total for its certificate
   * (`puppet agent --maxwaitforcert`). Puppet's own default is to wait forever, which would
   * hold the start script, and the rest of contextualization, until someone signs.
   * @default 900
   */
  readonly maxWaitForCertSeconds?: number;

  /**
   * Autosign challenge password, sent as the CSR's challengePassword attribute (OID
   * 1.2.840.113549.1.9.7) for policy-based autosigning. Must be a token of a sensitive
   * Terraform variable, such as
   * `new TerraformVariable(stack, 'puppet_challenge', { type: 'string', sensitive: true }).stringValue`:
   * a literal would be written in clear into the synthesized Terraform JSON.
   * @default - none: certificates are signed by other means (no autosign secret)
   */
  readonly challengePassword?: string;

  /**
   * PuppetDB in which the applying machine deactivates the members a change retires
   * (replacement, scale-in, datacenter removal), so load balancers building their pool from
   * PuppetDB drop them at their next run: its API, e.g. `https://puppetdb.example.com:8081`.
   * Once the new members are ready, `cdktf-opennebula retire` deactivates every node of the
   * service in the zone that is not a current member, drains (`rollout.drainSeconds`), and only
   * then are replaced members destroyed. For https the client certificate comes from
   * PUPPETDB_CERT, PUPPETDB_KEY and PUPPETDB_CACERT at apply time. When PuppetDB cannot be
   * reached the apply goes on with a warning: the backstops are HAProxy's health checks and
   * PuppetDB's node-ttl.
   * @default - none: a destroyed member stays in PuppetDB until its node-ttl expires
   */
  readonly puppetDbUrl?: string;
}
