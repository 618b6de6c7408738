// Generated provider bindings (src/provider/): one namespace per resource and data source,
// as a prebuilt @cdktf/provider-opennebula package would export them.
export * from './provider';
