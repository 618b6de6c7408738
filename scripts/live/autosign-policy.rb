#!/usr/bin/ruby
# frozen_string_literal: true
#
# Policy-based autosigning for the live registration tier (scripts/live/up.sh installs it as the
# puppetserver's `autosign` executable). Puppet server calls it with the certname as argument and
# the CSR (PEM) on stdin; exit 0 signs, anything else leaves the request unsigned.
#
# Admits a request only when all of these hold:
# - the CSR parses, its signature verifies and its subject CN is the certname;
# - its challengePassword attribute (1.2.840.113549.1.9.7) equals the configured secret;
# - it requests the pp_service and pp_environment extensions, each with a value from the
#   configured allowed list.
# Every decision is logged, one line, with the reason.
#
# Configuration: YAML at $LIVE_AUTOSIGN_CONFIG, else autosign.yaml next to this file:
#   challenge_password: '...'
#   allowed: { pp_service: [...], pp_environment: [...] }
#   log: /path/to/autosign.log

require 'openssl'
require 'yaml'
require 'time'

CHALLENGE_OID = '1.2.840.113549.1.9.7'
EXTENSIONS = {
  'pp_service' => '1.3.6.1.4.1.34380.1.1.9',
  'pp_environment' => '1.3.6.1.4.1.34380.1.1.12',
}.freeze

class Refused < StandardError; end

def log_line(path, line)
  File.open(path, 'a') { |f| f.puts("#{Time.now.utc.iso8601} #{line}") }
rescue SystemCallError
  nil
ensure
  warn(line)
end

# The string inside an attribute or extension value, whatever ASN.1 string type carries it.
def asn1_string(value)
  value = value.value.first while value.is_a?(OpenSSL::ASN1::Set) || value.is_a?(OpenSSL::ASN1::Sequence)
  raise Refused, 'an attribute value is not a string' unless value.respond_to?(:value) && value.value.is_a?(String)

  value.value
end

def challenge_password(csr)
  attribute = csr.attributes.find { |a| a.oid == CHALLENGE_OID || a.oid == 'challengePassword' }
  raise Refused, 'no challengePassword attribute' if attribute.nil?

  asn1_string(attribute.value)
end

# { oid => value } of the CSR's extension requests.
def extension_requests(csr)
  found = {}
  csr.attributes.select { |a| %w[extReq msExtReq].include?(a.oid) }.each do |attribute|
    attribute.value.value.each do |extensions|
      extensions.value.each do |extension|
        oid = extension.value.first.value
        octets = extension.value.last.value
        inner = begin
          OpenSSL::ASN1.decode(octets)
        rescue OpenSSL::ASN1::ASN1Error
          nil
        end
        found[oid] = inner.respond_to?(:value) && inner.value.is_a?(String) ? inner.value : octets
      end
    end
  end
  found
end

def constant_time_equal(a, b)
  return false unless a.bytesize == b.bytesize

  a.bytes.zip(b.bytes).reduce(0) { |acc, (x, y)| acc | (x ^ y) }.zero?
end

def decide(certname, pem, config)
  csr = begin
    OpenSSL::X509::Request.new(pem)
  rescue OpenSSL::X509::RequestError => e
    raise Refused, "unreadable CSR (#{e.message})"
  end
  raise Refused, 'CSR signature does not verify' unless csr.verify(csr.public_key)

  cn = csr.subject.to_a.find { |name, _, _| name == 'CN' }
  raise Refused, "CSR subject CN #{cn && cn[1].inspect} is not the certname" unless cn && cn[1] == certname

  expected = config.fetch('challenge_password').to_s
  raise Refused, 'no challenge password configured' if expected.empty?
  raise Refused, 'wrong challengePassword' unless constant_time_equal(challenge_password(csr), expected)

  requested = extension_requests(csr)
  allowed = config.fetch('allowed', {})
  EXTENSIONS.map do |name, oid|
    value = requested[oid]
    raise Refused, "no #{name} extension request" if value.nil?

    permitted = Array(allowed[name]).map(&:to_s)
    raise Refused, "#{name} #{value.inspect} is not allowed (allowed: #{permitted.join(', ')})" unless permitted.include?(value)

    "#{name}=#{value}"
  end
end

config_path = ENV.fetch('LIVE_AUTOSIGN_CONFIG', File.join(__dir__, 'autosign.yaml'))
certname = ARGV.fetch(0, '')
log = '/dev/null'
begin
  config = YAML.safe_load(File.read(config_path)) || {}
  log = config.fetch('log', log)
  raise Refused, 'certname argument missing' if certname.empty?

  admitted = decide(certname, $stdin.read, config)
  log_line(log, "autosign: SIGN #{certname}: challengePassword matches, #{admitted.join(', ')}")
  exit 0
rescue Refused => e
  log_line(log, "autosign: REFUSE #{certname}: #{e.message}")
  exit 1
rescue StandardError => e
  log_line(log, "autosign: REFUSE #{certname}: policy error #{e.class}: #{e.message}")
  exit 2
end
