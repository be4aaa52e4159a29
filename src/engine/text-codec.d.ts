// TextEncoder and TextDecoder exist in every runtime the engine runs in (browsers, workers, Node),
// but their types live in the DOM lib, which the headless tsconfig leaves out on purpose. Declare
// just these two so headless code can use them without pulling in `document` and friends.

declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
