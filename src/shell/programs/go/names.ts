// The go group's names, known without loading its code: the `go` tool and the runner of the
// binaries it builds (registered by content, see interp/binaries.ts).

export const GO_NAMES: readonly string[] = ['go', 'layerlab-go-binary'];
