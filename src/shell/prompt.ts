// Prompts by distribution. PS1 is an ordinary shell variable (a learner may change it); these are
// the defaults each image's shell starts with, expanded with bash's backslash escapes.

export type Flavor = 'host' | 'debian' | 'ubuntu' | 'centos' | 'alpine';

export const DEFAULT_PS1: Record<Flavor, string> = {
  host: '\\u@\\h:\\w\\$ ',
  debian: '\\u@\\h:\\w\\$ ',
  ubuntu: '\\u@\\h:\\w\\$ ',
  centos: '[\\u@\\h \\W]\\$ ',
  // busybox ash: `/ # `
  alpine: '\\w \\$ ',
};

export interface PromptInfo {
  readonly user: string;
  readonly uid: number;
  readonly hostname: string;
  readonly cwd: string;
  readonly home: string | undefined;
}

function tildeCwd(cwd: string, home: string | undefined): string {
  if (!home || home === '/') return cwd;
  if (cwd === home) return '~';
  if (cwd.startsWith(`${home}/`)) return `~${cwd.slice(home.length)}`;
  return cwd;
}

export function expandPrompt(ps: string, info: PromptInfo): string {
  return ps.replace(/\\([uhHwW$n\\[\]e])/g, (_, c: string) => {
    switch (c) {
      case 'u':
        return info.user;
      case 'h':
        return info.hostname.split('.')[0];
      case 'H':
        return info.hostname;
      case 'w':
        return tildeCwd(info.cwd, info.home);
      case 'W': {
        const t = tildeCwd(info.cwd, info.home);
        if (t === '~' || t === '/') return t;
        return t.slice(t.lastIndexOf('/') + 1);
      }
      case '$':
        return info.uid === 0 ? '#' : '$';
      case 'n':
        return '\n';
      case 'e':
        return '\x1b';
      case '[':
      case ']':
        return '';
      default:
        return '\\';
    }
  });
}
