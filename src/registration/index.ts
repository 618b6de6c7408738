export * from './identity';
export * from './puppet';
export * from './start-script';
export * from './haproxy';
export * from './quoting';
