# Example load-balancer profile: builds the HAProxy backend of every service that
# cdktf-opennebula enrols in Puppet, from PuppetDB, with no exported resources.
#
# Each service VM carries the trusted facts pp_service, pp_environment and pp_datacenter
# and the custom facts haservice_haproxy_* (see docs/registration.md). This profile asks
# PuppetDB for the members of the services listed in $services and writes one backend
# section per service.
class profile::haservice_lb (
  Array[String[1]] $services,
  String[1] $environment = $server_facts['environment'],
  Stdlib::Absolutepath $config_dir = '/etc/haproxy/conf.d',
) {
  $services.each |String $service| {
    $members = puppetdb_query(@("PQL"/L)
      inventory[certname, facts.networking.ip, facts.haservice_haproxy_port, \
      facts.haservice_haproxy_mode, facts.haservice_haproxy_check_path, facts.haservice_haproxy_backup] \
      { trusted.extensions.pp_service = "${service}" and trusted.extensions.pp_environment = "${environment}" \
      order by certname }
      | PQL
    )

    $first = $members[0]
    $mode = pick($first.dig('facts.haservice_haproxy_mode'), 'http')
    $check_path = pick($first.dig('facts.haservice_haproxy_check_path'), '/')

    $servers = $members.map |Hash $member| {
      $backup = $member['facts.haservice_haproxy_backup'] ? { 'true' => ' backup', default => '' }
      "    server ${member['certname']} ${member['facts.networking.ip']}:${member['facts.haservice_haproxy_port']} check${backup}"
    }

    $http_check = $mode ? {
      'http'  => "    option httpchk\n    http-check send meth GET uri ${check_path}\n    http-check expect status 200\n",
      default => '',
    }

    file { "${config_dir}/${service}.cfg":
      ensure  => file,
      mode    => '0644',
      content => "backend ${service}\n    mode ${mode}\n    balance roundrobin\n${http_check}    default-server inter 2s fall 3 rise 2\n${servers.join("\n")}\n",
      notify  => Service['haproxy'],
    }
  }
}
