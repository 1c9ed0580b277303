/**
 * The few web-standard globals the service uses. They exist in Node, browsers and web workers
 * alike; declaring them here, instead of loading Node's or the DOM's types, keeps everything else
 * of those platforms out of the service's compile.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
