# @summary Example load-balancer profile: the HAProxy backend of each cdktf-opennebula service,
#   built from PuppetDB with `puppetdb_query` (no exported resources).
#
# The contract it relies on is docs/registration.md of cdktf-opennebula:
# - membership comes from trusted facts only (certificate extensions pp_service, pp_environment
#   and, optionally, pp_zone), which a node cannot change once its certificate is signed;
# - the haservice_haproxy_* facts and the addresses are custom facts, asserted by each node:
#   every value is checked below, and a member whose facts do not pass is left out with a warning,
#   so one broken or hostile node cannot break the configuration of the load balancer.
#
# It writes one file per service, `<config_dir>/<service>.cfg`, holding the `backend` section,
# in the same format as `renderHaproxyBackend` (server names are certnames). HAProxy must be
# started with that directory too: a stock Debian haproxy reads only /etc/haproxy/haproxy.cfg, so
# add the directory to its command line (for example `CONFIG="/etc/haproxy/haproxy.cfg -f
# /etc/haproxy/conf.d"` in /etc/default/haproxy), and a frontend must name the backend. A
# service with no valid member is not managed at all, so its last rendered pool stays in place.
#
# @param services
#   Services to balance (pp_service of their members).
# @param environment
#   pp_environment of the members.
# @param zone
#   pp_zone of the members too, when several zones share an environment.
# @param config_dir
#   Directory of the rendered backends.
# @param manage_config_dir
#   Whether this profile creates `config_dir` (a stock Debian haproxy has no conf.d); false when
#   something else in the catalog manages it.
# @param notify_service
#   HAProxy service to reload when a backend changes, for example 'haproxy' when the catalog
#   declares `Service['haproxy']` (puppetlabs-haproxy does); undef for none. It must be declared
#   elsewhere: this profile does not manage the service.
# @param query_function
#   The PuppetDB query function; a seam for tests (puppet-terminus-puppetdb's `puppetdb_query`
#   is a system function that no module can shadow).
class profile::haservice_lb (
  Array[Pattern[/\A[a-z][a-z0-9_]*\z/], 1] $services,
  Pattern[/\A[a-z][a-z0-9_]*\z/] $environment = $server_facts['environment'],
  Optional[Pattern[/\A[a-z][a-z0-9_]*\z/]] $zone = undef,
  Pattern[/\A\/[A-Za-z0-9._\/-]*\z/] $config_dir = '/etc/haproxy/conf.d',
  Boolean $manage_config_dir = true,
  Optional[String[1]] $notify_service = undef,
  Pattern[/\A([a-z][a-z0-9_]*::)*[a-z][a-z0-9_]*\z/] $query_function = 'puppetdb_query',
) {
  if $manage_config_dir {
    file { $config_dir:
      ensure => directory,
      mode   => '0755',
    }
  }

  # Same projection and filter as pqlForService() in src/registration/haproxy.ts.
  $fields = [
    'certname', 'facts.networking.ip', 'facts.haservice_address', 'trusted.extensions.pp_datacenter',
    'facts.haservice_haproxy_backend', 'facts.haservice_haproxy_port', 'facts.haservice_haproxy_mode',
    'facts.haservice_haproxy_balance', 'facts.haservice_haproxy_check_path', 'facts.haservice_haproxy_check_status',
    'facts.haservice_haproxy_check_inter', 'facts.haservice_haproxy_check_fall', 'facts.haservice_haproxy_check_rise',
    'facts.haservice_haproxy_backup',
  ]
  $zone_filter = $zone ? {
    undef   => '',
    default => " and trusted.extensions.pp_zone = \"${zone}\"",
  }

  # What a member's values must look like to reach the configuration.
  $common_checks = {
    'certname'                            => Pattern[/\A[a-z0-9][a-z0-9._-]{0,62}\z/],
    'address'                             => Pattern[/\A[0-9A-Fa-f.:]{2,45}\z/],
    'facts.haservice_haproxy_backend'     => Pattern[/\A[a-z][a-z0-9_-]{0,62}\z/],
    'facts.haservice_haproxy_port'        => Pattern[/\A[1-9][0-9]{0,4}\z/],
    'facts.haservice_haproxy_mode'        => Enum['http', 'tcp'],
    'facts.haservice_haproxy_balance'     => Enum['roundrobin', 'leastconn', 'source'],
    'facts.haservice_haproxy_check_inter' => Pattern[/\A[1-9][0-9]{0,3}\z/],
    'facts.haservice_haproxy_check_fall'  => Pattern[/\A[1-9][0-9]{0,2}\z/],
    'facts.haservice_haproxy_check_rise'  => Pattern[/\A[1-9][0-9]{0,2}\z/],
    'facts.haservice_haproxy_backup'      => Enum['true', 'false'],
  }
  $http_checks = {
    'facts.haservice_haproxy_check_path'   => Pattern[/\A\/[A-Za-z0-9._~\/%-]{0,1023}\z/],
    'facts.haservice_haproxy_check_status' => Pattern[/\A[1-5][0-9][0-9]\z/],
  }

  $services.each |String $service| {
    $pql = "inventory[${fields.join(', ')}] { trusted.extensions.pp_service = \"${service}\" and trusted.extensions.pp_environment = \"${environment}\"${zone_filter} }"

    $candidates = call($query_function, $pql).map |Hash $found| {
      $address = $found['facts.haservice_address'] ? {
        undef   => $found['facts.networking.ip'],
        default => $found['facts.haservice_address'],
      }
      $found + { 'address' => $address }
    }
    $members = $candidates.filter |Hash $member| {
      $checks = $member['facts.haservice_haproxy_mode'] ? {
        'http'  => $common_checks + $http_checks,
        default => $common_checks,
      }
      $bad = $checks.filter |String $field, Type $type| { !($member[$field] =~ $type) }.keys
      $port = 'facts.haservice_haproxy_port'
      $invalid = if $port in $bad or Integer($member[$port]) <= 65535 { $bad } else { $bad + [$port] }
      if $invalid.empty {
        true
      } else {
        warning("haservice_lb: ${service}: member ${member['certname']} left out, invalid ${invalid.join(', ')}")
        false
      }
    }.sort |Hash $a, Hash $b| { compare($a['certname'], $b['certname']) }

    unless $members.empty {
      # Backend-wide settings come from the first member (every member carries the same ones).
      $first = $members[0]
      $servers = $members.map |Hash $member| {
        {
          'name'    => $member['certname'],
          'address' => $member['address'],
          'port'    => $member['facts.haservice_haproxy_port'],
          'backup'  => $member['facts.haservice_haproxy_backup'] ? { 'true' => ' backup', default => '' },
        }
      }
      $content = inline_epp(@(EPP), {
        <%- | String $backend, String $mode, String $balance, Optional[String] $path, Optional[String] $status,
              String $inter, String $fall, String $rise, Array[Hash] $servers | -%>
        backend <%= $backend %>
            mode <%= $mode %>
            balance <%= $balance %>
        <% if $mode == 'http' { -%>
            option httpchk
            http-check send meth GET uri <%= $path %>
            http-check expect status <%= $status %>
        <% } -%>
            default-server inter <%= $inter %>s fall <%= $fall %> rise <%= $rise %>
        <% $servers.each |$server| { -%>
            server <%= $server['name'] %> <%= $server['address'] %>:<%= $server['port'] %> check<%= $server['backup'] %>
        <% } -%>
        | EPP
        'backend' => $first['facts.haservice_haproxy_backend'],
        'mode'    => $first['facts.haservice_haproxy_mode'],
        'balance' => $first['facts.haservice_haproxy_balance'],
        'path'    => $first['facts.haservice_haproxy_check_path'],
        'status'  => $first['facts.haservice_haproxy_check_status'],
        'inter'   => $first['facts.haservice_haproxy_check_inter'],
        'fall'    => $first['facts.haservice_haproxy_check_fall'],
        'rise'    => $first['facts.haservice_haproxy_check_rise'],
        'servers' => $servers,
      })

      file { "${config_dir}/${service}.cfg":
        ensure  => file,
        mode    => '0644',
        content => $content,
        notify  => $notify_service ? {
          undef   => undef,
          default => Service[$notify_service],
        },
      }
    }
  }
}
