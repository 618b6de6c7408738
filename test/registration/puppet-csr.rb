# Reads a csr_attributes.yaml the way the Puppet agent does before its first run
# (Puppet::SSL::CertificateRequestAttributes), builds a certificate signing request from it with
# Puppet's own code, and prints the CSR's extension requests and attributes by numeric OID, as JSON.
#
# Usage: ruby puppet-csr.rb <csr_attributes.yaml> <scratch dir for Puppet's settings>
require 'json'
require 'puppet'
require 'puppet/ssl'

file, scratch = ARGV
Puppet.initialize_settings(%w[confdir vardir codedir logdir rundir].flat_map { |dir| ["--#{dir}", File.join(scratch, dir)] })
# The agent registers Puppet's OID short names (pp_service, ...) at start; so do we.
Puppet::SSL::Oids.register_puppet_oids

attributes = Puppet::SSL::CertificateRequestAttributes.new(file)
raise "#{file} was not loaded" unless attributes.load

csr = Puppet::SSL::CertificateRequest.new('my-service-dc1-1')
csr.generate(OpenSSL::PKey::RSA.new(2048),
             csr_attributes: attributes.custom_attributes,
             extension_requests: attributes.extension_requests)

numeric = ->(name) { OpenSSL::ASN1::ObjectId.new(name).oid }
puts JSON.generate(
  'extensions' => csr.request_extensions.map { |e| { 'oid' => numeric.call(e['oid']), 'value' => e['value'] } },
  'attributes' => csr.custom_attributes.map { |a| { 'oid' => numeric.call(a['oid']), 'value' => a['value'] } },
)
