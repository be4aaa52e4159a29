import { describe, expect, it } from 'vitest';
import { bodyText, createMachine } from '../servers/testing';
import { createGoPrograms, goPrograms } from './index';
import { GO_NAMES } from './names';
import { sprintf } from './runtime';

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n';

const SERVER = `package main

import (
\t"fmt"
\t"log"
\t"net/http"
\t"os"
)

func handler(w http.ResponseWriter, r *http.Request) {
\tfmt.Fprintf(w, "Hi there, I love %s!", r.URL.Path[1:])
}

func main() {
\tport := os.Getenv("PORT")
\tif port == "" {
\t\tport = "80"
\t}
\thttp.HandleFunc("/", handler)
\thttp.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
\t\tw.Write([]byte("<h1>Go</h1>"))
\t})
\tlog.Printf("listening on :%s", port)
\tlog.Fatal(http.ListenAndServe(":"+port, nil))
}
`;

const tick = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

function machine(files: Record<string, string>) {
  return createMachine(createGoPrograms, files);
}

describe('go', () => {
  it('names', () => {
    expect([...GO_NAMES].sort()).toEqual(Object.keys(goPrograms).sort());
  });

  it('version, mod init, build and run a hello world', async () => {
    const m = machine({ '/src/main.go': HELLO });
    const env = 'PATH=/usr/bin:/bin';
    expect(await m.sh(`${env} go version`)).toEqual(['go version go1.24.4 linux/amd64\n', 0]);
    expect(await m.sh(`cd /src && ${env} go build`)).toEqual([
      "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n",
      1,
    ]);
    expect(await m.sh(`cd /src && ${env} go mod init example.com/hello`)).toEqual([
      'go: creating new go.mod: module example.com/hello\ngo: to add module requirements and sums:\n\tgo mod tidy\n',
      0,
    ]);
    expect(m.fs.readText('/src/go.mod')).toBe('module example.com/hello\n\ngo 1.24.4\n');
    expect(await m.sh(`cd /src && ${env} go build && ./hello`)).toEqual(['hello, world\n', 0]);
    const size = m.fs.stat('/src/hello').size;
    expect(size).toBeGreaterThan(2_000_000);
    expect(size).toBeLessThan(2_300_000);
    expect(m.fs.stat('/src/hello').mode).toBe(0o755);
    // The binary runs by its content, under any name and from any folder.
    m.fs.writeFile('/usr/bin/greet', m.fs.readFile('/src/hello'), { mode: 0o755 });
    expect(await m.sh('cd / && greet')).toEqual(['hello, world\n', 0]);
    expect(await m.sh(`cd /src && ${env} go run main.go`)).toEqual(['hello, world\n', 0]);
  });

  it("Go's compile errors, with the package header and positions", async () => {
    const src =
      'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tx := 1\n\tfmt.Println("hi")\n\tlog.Println("no")\n}\n';
    const m = machine({ '/src/main.go': src });
    expect(await m.sh('cd /src && go build main.go')).toEqual([
      '# command-line-arguments\n./main.go:5:2: "os" imported and not used\n./main.go:9:2: declared and not used: x\n./main.go:11:2: undefined: log\n',
      1,
    ]);
    expect(m.fs.exists('/src/main')).toBe(false);
  });

  it('says plainly what it cannot build', async () => {
    const m = machine({
      '/a/main.go':
        'package main\n\nimport "encoding/json"\n\nfunc main() {\n\tjson.Marshal(1)\n}\n',
      '/b/main.go': 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n',
    });
    expect(await m.sh('cd /a && go build main.go')).toEqual([
      "layerlab: go: main.go:3: package encoding/json is beyond the lab's Go (it runs programs using fmt, log, os, io and net/http)\n",
      1,
    ]);
    expect(await m.sh('cd /b && go build main.go')).toEqual([
      "layerlab: go: main.go:4: for statements are beyond the lab's Go (it runs fmt, log, os, io and net/http lesson programs)\n",
      1,
    ]);
    expect(await m.sh('go frob')).toEqual([
      "go frob: unknown command\nRun 'go help' for usage.\n",
      2,
    ]);
  });

  it('an HTTP server: log line, handlers by pattern, 404 page, sniffed Content-Type', async () => {
    const m = machine({
      '/src/main.go': SERVER,
      '/src/go.mod': 'module example.com/web\n\ngo 1.24\n',
    });
    expect(await m.sh('cd /src && CGO_ENABLED=0 go build -o /app .')).toEqual(['', 0]);
    expect(m.fs.stat('/app').size).toBeGreaterThan(7_500_000);
    const run = m.sh('/app');
    await tick();
    const r = m.get('/gophers');
    expect(bodyText(r)).toBe('Hi there, I love gophers!');
    expect(typeof r !== 'string' && r.headers).toContainEqual([
      'Content-Type',
      'text/plain; charset=utf-8',
    ]);
    const html = m.get('/html');
    expect(typeof html !== 'string' && html.headers).toContainEqual([
      'Content-Type',
      'text/html; charset=utf-8',
    ]);
    m.tty.interrupt();
    const [out, code] = await run;
    // The first build filled the cache: 14 s of lab time before the server started.
    expect(out).toMatch(/^2026\/11\/22 14:00:14 listening on :80\n/);
    expect(code).toBe(130);
  });

  it('a cgo-linked net/http binary needs the loader: scratch cannot run it', async () => {
    const m = machine({ '/src/main.go': SERVER, '/usr/bin/gcc': '' });
    m.fs.chmod('/usr/bin/gcc', 0o755);
    expect(await m.sh('cd /src && go build -o /app main.go')).toEqual(['', 0]);
    expect(await m.sh('/app')).toEqual(['exec /app: no such file or directory\n', 127]);
  });

  it("fmt's verbs and complaints", () => {
    expect(sprintf('%s is %d, %q, %v%%', ['x', 3, 'y', true])).toBe('x is 3, "y", true%');
    expect(sprintf('%s %s', ['a'])).toBe('a %!s(MISSING)');
    expect(sprintf('%d', ['a'])).toBe('%!d(string=a)');
    expect(sprintf('hi', [1])).toBe('hi%!(EXTRA int=1)');
  });
});
