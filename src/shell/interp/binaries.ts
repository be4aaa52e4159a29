// Binaries the lab itself produced (`go build`): a blob's digest names the registered command
// that runs it, whatever the file is called (`/app`, `./hello`). Blobs nobody registered stay
// what they were: `this program is not simulated in layerlab`. Content-addressed, so one table
// serves every lab on the page.

const byDigest = new Map<string, string>();

export function registerBinary(digest: string, command: string): void {
  byDigest.set(digest, command);
}

/** The command that runs a blob with this digest, if the lab made it. */
export function binaryCommand(digest: string): string | undefined {
  return byDigest.get(digest);
}
