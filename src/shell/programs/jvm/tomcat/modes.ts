// The modes of what Tomcat creates: catalina.sh sets `umask 0027` (UMASK) and passes it on as
// -Dorg.apache.catalina.security.SecurityListener.UMASK, so logs are rw-r----- and work dirs
// rwxr-x---, as in the real container.

export interface Modes {
  readonly file: number;
  readonly dir: number;
}

export function modesOf(umask: string | undefined): Modes {
  const m = umask !== undefined && /^[0-7]{1,4}$/.test(umask) ? parseInt(umask, 8) & 0o777 : 0o022;
  return { file: 0o666 & ~m, dir: 0o777 & ~m };
}
