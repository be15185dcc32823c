// Decorators read design-time types through the Reflect metadata API; the server's entry
// points import this polyfill first, and so must every test process.
import 'reflect-metadata';
