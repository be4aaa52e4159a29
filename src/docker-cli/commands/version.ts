// docker version: the client section, then the server's (cli/command/system/version.go), laid
// out by a tabwriter with minwidth 20 and padding 1. --format runs a template over the same data.

import { goStruct } from '../format/go-values';
import { templateJson } from '../format/json';
import { VERSION_WRITER, tabwrite } from '../format/tabwriter';
import { compileTemplate, executeTemplate } from '../format/template/index';
import { flagString } from '../flags/accessors';
import { specFromHelp } from '../help/spec';
import { CLIENT, type ServerInfo } from '../client-info';
import type { DockerSubcommand } from '../types';

function clientData(context: string) {
  return goStruct('command.ClientVersion', {
    Platform: { Name: CLIENT.platformName },
    Version: CLIENT.version,
    APIVersion: CLIENT.apiVersion,
    DefaultAPIVersion: CLIENT.apiVersion,
    GitCommit: CLIENT.gitCommit,
    GoVersion: CLIENT.goVersion,
    Os: CLIENT.os,
    Arch: CLIENT.arch,
    BuildTime: CLIENT.buildTime,
    Context: context,
  });
}

function serverData(s: ServerInfo) {
  return goStruct('types.Version', {
    Platform: { Name: s.platformName },
    Components: [
      {
        Name: 'Engine',
        Version: s.version,
        Details: {
          ApiVersion: s.apiVersion,
          Arch: s.arch,
          BuildTime: s.buildTime,
          Experimental: String(s.experimental),
          GitCommit: s.gitCommit,
          GoVersion: s.goVersion,
          KernelVersion: s.kernelVersion,
          MinAPIVersion: s.minAPIVersion,
          Os: s.os,
        },
      },
      ...s.components.map((c) => ({ Name: c.name, Version: c.version, Details: { ...c.details } })),
    ],
    Version: s.version,
    APIVersion: s.apiVersion,
    MinAPIVersion: s.minAPIVersion,
    GitCommit: s.gitCommit,
    GoVersion: s.goVersion,
    Os: s.os,
    Arch: s.arch,
    KernelVersion: s.kernelVersion,
    BuildTime: s.buildTime,
  });
}

/** The default (non --format) output. */
export function renderVersion(context: string, server: ServerInfo | undefined): string {
  const lines = [
    `Client: ${CLIENT.platformName}`,
    ` Version:\t${CLIENT.version}`,
    ` API version:\t${CLIENT.apiVersion}`,
    ` Go version:\t${CLIENT.goVersion}`,
    ` Git commit:\t${CLIENT.gitCommit}`,
    ` Built:\t${CLIENT.buildTime}`,
    ` OS/Arch:\t${CLIENT.os}/${CLIENT.arch}`,
    ` Context:\t${context}`,
  ];
  if (server) {
    lines.push(
      '',
      `Server:${server.platformName ? ` ${server.platformName}` : ''}`,
      ' Engine:',
      `  Version:\t${server.version}`,
      `  API version:\t${server.apiVersion} (minimum version ${server.minAPIVersion})`,
      `  Go version:\t${server.goVersion}`,
      `  Git commit:\t${server.gitCommit}`,
      `  Built:\t${server.buildTime}`,
      `  OS/Arch:\t${server.os}/${server.arch}`,
      `  Experimental:\t${server.experimental}`,
    );
    for (const c of server.components) {
      lines.push(` ${c.name}:`, `  Version:\t${c.version}`);
      for (const [k, v] of Object.entries(c.details)) lines.push(`  ${k}:\t${v}`);
    }
  }
  return tabwrite(lines.join('\n') + '\n', VERSION_WRITER);
}

export function versionCommand<E>(serverInfo: () => ServerInfo | undefined): DockerSubcommand<E> {
  return {
    spec: specFromHelp('version', { maxArgs: 0 }),
    run(parsed, ctx) {
      const server = serverInfo();
      const context = parsed.globals.context || 'default';
      const format = flagString(parsed, 'format');
      if (format === '') {
        ctx.stdout.write(renderVersion(context, server));
        return 0;
      }
      const data = { Client: clientData(context), Server: server ? serverData(server) : null };
      if (format.trim() === 'json') {
        ctx.stdout.write(templateJson(data) + '\n');
        return 0;
      }
      const t = compileTemplate(format.replace(/\\t/g, '\t').replace(/\\n/g, '\n'));
      if (!t.ok) {
        ctx.stderr.write(`template parsing error: ${t.error}\n`);
        return 64;
      }
      const r = executeTemplate(t.template, data);
      if (!r.ok) {
        ctx.stdout.write(r.output);
        ctx.stderr.write(`${r.error}\n`);
        return 1;
      }
      ctx.stdout.write(r.output + '\n');
      return 0;
    },
  };
}
